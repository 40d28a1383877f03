#pragma once

#include "core/report/GuardFinding.h"

#include <QList>
#include <QString>

namespace vigil::cli {

// How `vigil-cli report` speaks of the publication guard's findings: by
// section, key, code and what the code means, never by the sentence (it may hold an
// interview code, the words that single someone out or a quote at high risk,
// and a script's standard error ends up in mail and logs), and the digest a
// user passes to --accept-warnings so that a script accepts only the warnings
// someone has seen.
class GuardWarnings
{
public:
    // 16 lowercase hex digits: the start of the SHA-256 of the sorted lines
    // "code|section key|source entity|source id" of `warnings`. No text goes
    // in, so the digest can be printed and kept in a script; a new warning, or
    // one that moved, changes it.
    static QString digest(const QList<report::GuardFinding>& warnings);
    // Whether `text` has a digest's shape (16 hex digits, either case).
    static bool isDigest(const QString& text);
    // What a finding's code means, in vigil-cli's words and without any of
    // the report's text.
    static QString reason(const QString& code);
    // "Title (key): reason [code]".
    static QString describe(const report::GuardFinding& finding);
    // To standard error: why nothing was written, each warning, the digest
    // and how to accept them. `givenDigest` is the --accept-warnings digest
    // that did not match (empty: none given). The guard's messages and the
    // sentences are printed only if `showSentences` and standard error is a
    // terminal.
    static void printBlocked(const QList<report::GuardFinding>& warnings,
                             const QString& givenDigest, bool showSentences);
};

} // namespace vigil::cli
