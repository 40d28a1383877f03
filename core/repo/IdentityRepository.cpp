#include "core/repo/IdentityRepository.h"

#include "core/repo/EntityCatalog.h"
#include "core/repo/RecordContext.h"
#include "core/repo/WriteTx.h"
#include "core/store/Database.h"
#include "core/store/Statement.h"
#include "core/sync/DeviceIdentity.h"
#include "core/sync/org/CoordinatorSeal.h"
#include "core/sync/org/Roster.h"
#include "core/vault/Vault.h"

#include <QtEndian>
#include <cstring>
#include <sodium.h>

namespace vigil {

namespace {

// sealed = magic | nonce | XChaCha20-Poly1305(padded plaintext, AD = interview id)
// plaintext = version (1) | for each field: length (u32 BE) | UTF-8 bytes
constexpr char kMagic[] = {'V', 'I', 'D', '1'};
constexpr std::size_t kMagicSize = sizeof kMagic;
constexpr std::size_t kNonceSize = crypto_aead_xchacha20poly1305_ietf_NPUBBYTES;
constexpr std::size_t kTagSize = crypto_aead_xchacha20poly1305_ietf_ABYTES;
constexpr std::size_t kPadBlock = 64;
constexpr std::uint8_t kVersion = 1;

const SecretBuffer* fieldsOf(const IdentityFields& f, int i)
{
    return i == 0 ? &f.realName : i == 1 ? &f.idNumber : &f.other;
}

SecretBuffer* fieldsOf(IdentityFields& f, int i)
{
    return i == 0 ? &f.realName : i == 1 ? &f.idNumber : &f.other;
}

Error locked()
{
    return Error::make(ErrorKind::Locked, IdentityRepository::tr("The vault is locked."));
}

Error integrity()
{
    return Error::make(
        ErrorKind::Integrity,
        IdentityRepository::tr("The identity entry is damaged or was tampered with."),
        QStringLiteral("identity entry does not open"));
}

} // namespace

bool IdentityRepository::looksSealed(const QByteArray& blob)
{
    if (CoordinatorSeal::looksSealed(blob))
        return true;
    return std::size_t(blob.size()) >= kMagicSize + kNonceSize + kPadBlock + kTagSize &&
           std::memcmp(blob.constData(), kMagic, kMagicSize) == 0;
}

Result<QByteArray> IdentityRepository::seal(const QString& interviewId,
                                            const IdentityFields& fields) const
{
    std::size_t length = 1;
    for (int i = 0; i < 3; ++i)
        length += 4 + fieldsOf(fields, i)->size();
    SecretBuffer plain(length + kPadBlock);
    std::uint8_t* p = plain.data();
    *p++ = kVersion;
    for (int i = 0; i < 3; ++i) {
        const SecretBuffer& f = *fieldsOf(fields, i);
        qToBigEndian<quint32>(quint32(f.size()), p);
        p += 4;
        if (f.size())
            std::memcpy(p, f.data(), f.size());
        p += f.size();
    }
    std::size_t padded = 0;
    if (sodium_pad(&padded, plain.data(), length, kPadBlock, plain.size()) != 0)
        return Error::make(ErrorKind::Internal, QStringLiteral("identity padding failed"));
    SecretBuffer exact = SecretBuffer::copyOf(plain.data(), padded);
    const QByteArray ad = interviewId.toUtf8();

    // On a device of an organisation, only the coordinators can open it.
    auto coordinators = sealRecipients();
    if (!coordinators)
        return coordinators.error();
    if (!coordinators->isEmpty())
        return CoordinatorSeal::seal(exact, ad, *coordinators);

    QByteArray out(qsizetype(kMagicSize + kNonceSize + padded + kTagSize), Qt::Uninitialized);
    auto* o = reinterpret_cast<unsigned char*>(out.data());
    std::memcpy(o, kMagic, kMagicSize);
    randombytes_buf(o + kMagicSize, kNonceSize);
    unsigned long long written = 0;
    if (crypto_aead_xchacha20poly1305_ietf_encrypt(
            o + kMagicSize + kNonceSize, &written, exact.data(), exact.size(),
            reinterpret_cast<const unsigned char*>(ad.constData()), std::size_t(ad.size()), nullptr,
            o + kMagicSize, m_vault.localIdentityKey().data()) != 0)
        return Error::make(ErrorKind::Crypto, tr("The identity entry could not be encrypted."));
    return out;
}

Result<QList<RosterEntry>> IdentityRepository::sealRecipients() const
{
    auto stmt = m_vault.database().cached("SELECT count(*) FROM sync_org");
    if (!stmt)
        return stmt.error();
    auto row = (*stmt)->step();
    if (!row)
        return row.error();
    const bool member = *row && (*stmt)->columnInt(0) > 0;
    VIGIL_TRY((*stmt)->reset());
    if (!member)
        return QList<RosterEntry>();
    auto coordinators = Roster(m_vault.database()).coordinators();
    if (coordinators && coordinators->isEmpty())
        return Error::make(ErrorKind::Validation,
                           tr("This device does not know the organisation's coordinators yet, "
                              "so identity entries cannot be sealed for them. Sync once, then "
                              "try again."));
    return coordinators;
}

Result<SecretBuffer> IdentityRepository::openBlob(const QString& interviewId,
                                                  const QByteArray& sealed) const
{
    const QByteArray ad = interviewId.toUtf8();
    if (CoordinatorSeal::looksSealed(sealed)) {
        auto identity = DeviceIdentity::ensure(m_vault.database());
        if (!identity)
            return identity.error();
        auto boxSecret = DeviceIdentity::boxSecretKey(m_vault.database());
        if (!boxSecret)
            return boxSecret.error();
        return CoordinatorSeal::open(sealed, ad, identity->id(), *boxSecret,
                                     identity->boxPublicKey());
    }
    if (!looksSealed(sealed))
        return integrity();
    const auto* in = reinterpret_cast<const unsigned char*>(sealed.constData());
    const std::size_t cipherSize = std::size_t(sealed.size()) - kMagicSize - kNonceSize;
    SecretBuffer plain(cipherSize - kTagSize);
    unsigned long long opened = 0;
    if (crypto_aead_xchacha20poly1305_ietf_decrypt(
            plain.data(), &opened, nullptr, in + kMagicSize + kNonceSize, cipherSize,
            reinterpret_cast<const unsigned char*>(ad.constData()), std::size_t(ad.size()),
            in + kMagicSize, m_vault.localIdentityKey().data()) != 0)
        return integrity();
    return plain;
}

Result<IdentityFields> IdentityRepository::unseal(const QString& interviewId,
                                                  const QByteArray& sealed) const
{
    auto opened = openBlob(interviewId, sealed);
    if (!opened)
        return opened.error();
    const SecretBuffer& plain = *opened;
    std::size_t length = 0;
    if (sodium_unpad(&length, plain.data(), plain.size(), kPadBlock) != 0 || length < 1 ||
        plain.data()[0] != kVersion)
        return integrity();
    IdentityFields fields;
    std::size_t at = 1;
    for (int i = 0; i < 3; ++i) {
        if (length - at < 4)
            return integrity();
        const std::size_t size = qFromBigEndian<quint32>(plain.data() + at);
        at += 4;
        if (length - at < size)
            return integrity();
        *fieldsOf(fields, i) = SecretBuffer::copyOf(plain.data() + at, size);
        at += size;
    }
    return fields;
}

Result<QString> IdentityRepository::add(const QString& interviewId, const IdentityFields& fields)
{
    if (!m_vault.isOpen())
        return locked();
    if (fields.realName.isEmpty() && fields.idNumber.isEmpty() && fields.other.isEmpty())
        return Error::make(ErrorKind::Validation, tr("The identity entry is empty."));
    auto tx = m_vault.records().beginWrite();
    if (!tx)
        return tx.error();
    auto sealed = seal(interviewId, fields);
    if (!sealed)
        return sealed.error();
    // The writer checks the consent scope and the coordinator scope (RecordSafeguards).
    auto id = tx->insert(catalog::kIdentityEntry,
                         {{"interview_id", interviewId}, {"sealed", *sealed}}, "coordinator");
    if (!id)
        return id.error();
    VIGIL_TRY(tx->commit());
    return id;
}

Result<IdentityFields> IdentityRepository::read(const QString& entryId,
                                                const SecretBuffer& passphrase)
{
    if (!m_vault.isOpen())
        return locked();
    VIGIL_TRY(m_vault.checkPassphrase(passphrase));
    auto tx = m_vault.records().beginWrite();
    if (!tx)
        return tx.error();
    auto stmt = m_vault.database().cached(
        "SELECT interview_id, sealed FROM identity_entry WHERE id = ? AND deleted = 0");
    if (!stmt)
        return stmt.error();
    (*stmt)->bind(1, entryId);
    auto row = (*stmt)->step();
    if (!row)
        return row.error();
    if (!*row)
        return Error::make(ErrorKind::NotFound,
                           tr("The identity entry does not exist or was deleted."));
    const QString interviewId = (*stmt)->columnText(0);
    const QByteArray sealed = (*stmt)->columnBlob(1);
    (void)(*stmt)->reset();
    auto fields = unseal(interviewId, sealed);
    if (!fields)
        return fields.error();
    // No reading without a trace: the event is committed before the values leave.
    VIGIL_TRY(tx->audit("identity.read", catalog::kIdentityEntry, entryId, QString()));
    VIGIL_TRY(tx->commit());
    return fields;
}

Result<bool> IdentityRepository::readableHere(const QString& entryId)
{
    if (!m_vault.isOpen())
        return locked();
    auto stmt = m_vault.database().cached(
        "SELECT sealed FROM identity_entry WHERE id = ? AND deleted = 0");
    if (!stmt)
        return stmt.error();
    (*stmt)->bind(1, entryId);
    auto row = (*stmt)->step();
    if (!row)
        return row.error();
    if (!*row)
        return Error::make(ErrorKind::NotFound,
                           tr("The identity entry does not exist or was deleted."));
    const QByteArray sealed = (*stmt)->columnBlob(0);
    VIGIL_TRY((*stmt)->reset());
    if (!CoordinatorSeal::looksSealed(sealed))
        return true;
    auto identity = DeviceIdentity::ensure(m_vault.database());
    if (!identity)
        return identity.error();
    return CoordinatorSeal::isRecipient(sealed, identity->id());
}

Result<QList<IdentityEntryInfo>> IdentityRepository::list(const QString& interviewId)
{
    if (!m_vault.isOpen())
        return locked();
    auto stmt = m_vault.database().cached("SELECT id, interview_id, created_at FROM identity_entry "
                                          "WHERE interview_id = ? AND deleted = 0 ORDER BY id");
    if (!stmt)
        return stmt.error();
    (*stmt)->bind(1, interviewId);
    QList<IdentityEntryInfo> entries;
    while (true) {
        auto row = (*stmt)->step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        entries.append({(*stmt)->columnText(0), (*stmt)->columnText(1), (*stmt)->columnInt(2)});
    }
    return entries;
}

Status IdentityRepository::remove(const QString& entryId)
{
    if (!m_vault.isOpen())
        return locked();
    auto tx = m_vault.records().beginWrite();
    if (!tx)
        return tx.error();
    VIGIL_TRY(tx->remove(catalog::kIdentityEntry, entryId));
    return tx->commit();
}

} // namespace vigil
