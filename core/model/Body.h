#pragma once

#include <QString>
#include <QStringList>

namespace vigil {

// A monitoring body (OPCAT Art. 17-18): a National Preventive Mechanism, one
// of its member bodies, or the UN Subcommittee on Prevention of Torture.
struct Body
{
    QString id;
    QString name;
    QString kind = QStringLiteral("npm"); // vocab::kBodyKinds
    QString parentId;                     // an NPM for a member body; empty otherwise
    QString country;
    QStringList languages; // BCP 47 codes, e.g. "en", "fr"
};

} // namespace vigil
