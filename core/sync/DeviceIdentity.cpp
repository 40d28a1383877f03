#include "core/sync/DeviceIdentity.h"

#include "core/store/Database.h"
#include "core/store/Statement.h"
#include "core/store/Transaction.h"

#include <sodium.h>

#include <QDateTime>

namespace vigil {

QString DeviceIdentity::idFor(const QByteArray& signPublicKey)
{
    unsigned char hash[16];
    crypto_generichash(hash, sizeof hash,
                       reinterpret_cast<const unsigned char*>(signPublicKey.constData()),
                       std::size_t(signPublicKey.size()), nullptr, 0);
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char*>(hash), 16).toHex());
}

QString DeviceIdentity::fingerprint(const QByteArray& signPublicKey)
{
    // 60 decimal digits from a 30-byte hash: each 5-digit group from 2.5 bytes
    // is awkward, so take 12 x 40-bit chunks modulo 100000.
    unsigned char hash[60];
    crypto_generichash(hash, 32, reinterpret_cast<const unsigned char*>(signPublicKey.constData()),
                       std::size_t(signPublicKey.size()), nullptr, 0);
    crypto_generichash(hash + 32, 28, hash, 32, nullptr, 0);
    QStringList groups;
    for (int g = 0; g < 12; ++g) {
        quint64 v = 0;
        for (int i = 0; i < 5; ++i)
            v = (v << 8) | hash[g * 5 + i];
        groups.append(QStringLiteral("%1").arg(v % 100000, 5, 10, QLatin1Char('0')));
    }
    return groups.join(QLatin1Char(' '));
}

namespace {

Result<SecretBuffer> readSecret(Database& db, const char* sql, std::size_t size)
{
    auto select = db.prepare(sql);
    if (!select)
        return select.error();
    auto row = select->step();
    if (!row)
        return row.error();
    if (!*row)
        return Error::make(ErrorKind::NotFound,
                           DeviceIdentity::tr("This vault has no device keys yet."));
    SecretBuffer key = select->columnSecret(0);
    if (key.size() != size)
        return Error::make(ErrorKind::Integrity,
                           DeviceIdentity::tr("This vault's device keys are damaged."));
    return key;
}

} // namespace

Result<SecretBuffer> DeviceIdentity::signSecretKey(Database& db)
{
    return readSecret(db, "SELECT sign_secret FROM local_device LIMIT 1", crypto_sign_SECRETKEYBYTES);
}

Result<SecretBuffer> DeviceIdentity::boxSecretKey(Database& db)
{
    return readSecret(db, "SELECT box_secret FROM local_device LIMIT 1", crypto_box_SECRETKEYBYTES);
}

Result<DeviceIdentity> DeviceIdentity::ensure(Database& db)
{
    auto select = db.prepare("SELECT id, sign_public, box_public FROM local_device LIMIT 1");
    if (!select)
        return select.error();
    auto row = select->step();
    if (!row)
        return row.error();
    DeviceIdentity identity;
    if (*row) {
        identity.m_id = select->columnText(0);
        identity.m_signPublic = select->columnBlob(1);
        identity.m_boxPublic = select->columnBlob(2);
        return identity;
    }

    QByteArray signPublic(crypto_sign_PUBLICKEYBYTES, Qt::Uninitialized);
    SecretBuffer signSecret(crypto_sign_SECRETKEYBYTES);
    crypto_sign_keypair(reinterpret_cast<unsigned char*>(signPublic.data()), signSecret.data());
    QByteArray boxPublic(crypto_box_PUBLICKEYBYTES, Qt::Uninitialized);
    SecretBuffer boxSecret(crypto_box_SECRETKEYBYTES);
    crypto_box_keypair(reinterpret_cast<unsigned char*>(boxPublic.data()), boxSecret.data());

    identity.m_id = idFor(signPublic);
    identity.m_signPublic = signPublic;
    identity.m_boxPublic = boxPublic;
    auto tx = db.beginWrite();
    if (!tx)
        return tx.error();
    auto insert = db.prepare("INSERT INTO local_device(id, sign_public, sign_secret, box_public, "
                             "box_secret, created_at) VALUES (?, ?, ?, ?, ?, ?)");
    if (!insert)
        return insert.error();
    insert->bind(1, identity.m_id)
        .bindBlob(2, signPublic)
        .bindBlob(3, signSecret.data(), int(signSecret.size()))
        .bindBlob(4, boxPublic)
        .bindBlob(5, boxSecret.data(), int(boxSecret.size()))
        .bind(6, QDateTime::currentMSecsSinceEpoch());
    VIGIL_TRY(insert->run());
    VIGIL_TRY(tx->commit());
    return identity;
}

} // namespace vigil
