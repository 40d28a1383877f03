#include "core/repo/PseudonymGenerator.h"

#include "core/store/Database.h"
#include "core/store/Statement.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <set>
#include <sodium.h>
#include <vector>

namespace vigil {

namespace {

struct KindPrefix
{
    const char* kind;
    char prefix;
};

constexpr KindPrefix kPrefixes[] = {
    {"individual_private", 'D'}, {"group", 'G'},    {"staff", 'S'},
    {"management", 'M'},         {"external", 'E'},
};

} // namespace

QChar PseudonymGenerator::prefixFor(const QString& kind)
{
    for (const KindPrefix& p : kPrefixes) {
        if (kind == QLatin1StringView(p.kind))
            return QLatin1Char(p.prefix);
    }
    return {};
}

bool PseudonymGenerator::isWellFormed(const QString& code)
{
    static const QRegularExpression pattern(QStringLiteral("^[DGSME]-(0[1-9]|[1-9][0-9]{1,3})$"));
    return pattern.match(code).hasMatch();
}

bool PseudonymGenerator::matchesKind(const QString& code, const QString& kind)
{
    const QChar prefix = prefixFor(kind);
    return !prefix.isNull() && isWellFormed(code) && code.front() == prefix;
}

Result<QString> PseudonymGenerator::next(Database& db, const QString& visitId, const QString& kind)
{
    const QChar prefix = prefixFor(kind);
    if (prefix.isNull())
        return Error::make(ErrorKind::Internal, QStringLiteral("no pseudonym prefix for kind"));
    // Deleted interviews keep their code: it is never handed out again.
    auto stmt = db.cached("SELECT pseudonym FROM interview WHERE visit_id = ?");
    if (!stmt)
        return stmt.error();
    (*stmt)->bind(1, visitId);
    std::set<int> used;
    while (true) {
        auto row = (*stmt)->step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        const QString code = (*stmt)->columnText(0);
        if (isWellFormed(code) && code.front() == prefix)
            used.insert(code.mid(2).toInt());
    }
    // 01-99, then 100-999, then 1000-9999: a wider range opens once two
    // thirds of the current one are taken, so a draw stays random.
    for (int width = 2, low = 1, high = 99; width <= 4;
         ++width, low = high + 1, high = high * 10 + 9) {
        std::vector<int> free;
        for (int n = low; n <= high; ++n) {
            if (!used.count(n))
                free.push_back(n);
        }
        if (free.empty() || (width < 4 && free.size() * 3 < std::size_t(high - low + 1)))
            continue;
        const int n = free[randombytes_uniform(std::uint32_t(free.size()))];
        return QStringLiteral("%1-%2").arg(prefix).arg(n, width, 10, QLatin1Char('0'));
    }
    return Error::make(ErrorKind::Validation,
                       QCoreApplication::translate("vigil::PseudonymGenerator",
                                                   "This visit has no pseudonym codes left."));
}

} // namespace vigil
