#include "core/report/GuardText.h"

#include "tests/support/TestSupport.h"

#include <catch2/catch_test_macros.hpp>

using namespace vigil::report;

TEST_CASE("GuardText: sentences, singling-out phrases and interview codes", "[report]")
{
    SECTION("Sentences by Unicode rules")
    {
        CHECK(GuardText::sentences(QStringLiteral("One cell. Two cells!  Three?")) ==
              QStringList{QStringLiteral("One cell."), QStringLiteral("Two cells!"),
                          QStringLiteral("Three?")});
        CHECK(GuardText::sentences(QStringLiteral("الزنزانة مظلمة. لا يوجد ضوء.")).size() == 2);
        CHECK(GuardText::sentences(QStringLiteral("   ")).isEmpty());
    }

    SECTION("Phrases that single someone out, as whole words, any case")
    {
        CHECK(GuardText::singlingOut(QStringLiteral("She is the only woman in B wing.")) ==
              QStringLiteral("the only woman"));
        CHECK(GuardText::singlingOut(QStringLiteral("The Only Foreign National was moved.")) ==
              QStringLiteral("The Only Foreign National"));
        CHECK(GuardText::singlingOut(QStringLiteral("He was the sole detainee there.")) ==
              QStringLiteral("sole detainee"));
        CHECK(GuardText::singlingOut(QStringLiteral("Guards play on a console.")).isEmpty());
        CHECK(GuardText::singlingOut(QStringLiteral("The only shower was broken.")).isEmpty());
        CHECK(GuardText::singlingOut(QStringLiteral("Women are held in the annex.")).isEmpty());
        CHECK(GuardText::singlingOutPhrases().contains(QStringLiteral("the only child")));
    }

    SECTION("Interview codes as PseudonymGenerator writes them")
    {
        CHECK(GuardText::pseudonym(QStringLiteral("As D-07 said")) == QStringLiteral("D-07"));
        CHECK(GuardText::pseudonym(QStringLiteral("(G-123)")) == QStringLiteral("G-123"));
        CHECK(GuardText::pseudonym(QStringLiteral("S-4521 and M-02")) == QStringLiteral("S-4521"));
        CHECK(GuardText::pseudonym(QStringLiteral("cell D-7, block WD-07, ID X-99821")).isEmpty());
        CHECK(GuardText::pseudonym(QStringLiteral("D-07-b")).isEmpty());
    }
}
