#include "report/ReportFile.h"

#include "core/util/IoError.h"

#include <QDir>
#include <QFileInfo>
#include <QIODevice>
#include <QSaveFile>
#include <cerrno>

namespace vigil::report {

namespace {

// Forwards to an unbuffered QSaveFile in large chunks, append only, and
// keeps the errno of the first failed write: QSaveFile itself only says
// "write error", and the renderers (QPdfWriter, the ODF writer) do not check
// their writes at all.
class CheckedDevice : public QIODevice
{
public:
    explicit CheckedDevice(QSaveFile& file) : m_file(file) {}

    bool flushBuffer()
    {
        if (m_errno == 0 && !m_buffer.isEmpty()) {
            errno = 0;
            if (m_file.write(m_buffer) != m_buffer.size())
                m_errno = errno != 0 ? errno : EIO;
        }
        m_buffer.clear();
        return m_errno == 0;
    }
    int failure() const { return m_errno; }
    qint64 size() const override { return m_written; }
    // The ODF writer's zip seeks, but only to where it already is.
    bool seek(qint64 pos) override
    {
        if (pos != m_written) {
            m_errno = ESPIPE;
            return false;
        }
        return QIODevice::seek(pos);
    }

protected:
    qint64 readData(char*, qint64) override { return -1; }
    qint64 writeData(const char* data, qint64 size) override
    {
        if (m_errno != 0)
            return -1;
        m_buffer.append(data, size);
        m_written += size;
        if (m_buffer.size() >= kChunk && !flushBuffer())
            return -1;
        return size;
    }

private:
    static constexpr qsizetype kChunk = qsizetype(1) << 20;
    QSaveFile& m_file;
    QByteArray m_buffer;
    qint64 m_written = 0;
    int m_errno = 0;
};

} // namespace

Status ReportFile::write(const QString& path, const std::function<Status(QIODevice&)>& render)
{
    if (path.isEmpty())
        return Error::make(ErrorKind::Usage, tr("No file name was given for the report."));
    if (QFileInfo(path).isDir())
        return Error::make(ErrorKind::Usage,
                           tr("%1 is a folder; choose a file name for the report.")
                               .arg(QDir::toNativeSeparators(path)));
    QSaveFile file(path);
    errno = 0;
    if (!file.open(QIODevice::WriteOnly | QIODevice::Unbuffered)) {
        const int err = errno;
        return ioError(
            err != 0 ? err : (QFileInfo(QFileInfo(path).absolutePath()).exists() ? EACCES : ENOENT),
            path);
    }
    CheckedDevice device(file);
    device.open(QIODevice::WriteOnly);
    const Status rendered = render(device);
    const bool flushed = device.flushBuffer();
    if (!rendered.ok() || !flushed) {
        file.cancelWriting();
        file.commit(); // removes the temporary file
        return rendered.ok() ? ioError(device.failure(), path) : rendered;
    }
    errno = 0;
    if (!file.commit()) {
        const int err = errno;
        return ioError(err != 0 ? err : EIO, path);
    }
    return {};
}

} // namespace vigil::report
