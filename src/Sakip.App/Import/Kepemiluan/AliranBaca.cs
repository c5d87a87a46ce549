namespace Sakip.App.Import.Kepemiluan;

/// <summary>Thrown by <see cref="GabunganStream"/> when a file goes past its limit.</summary>
public sealed class BerkasTerlaluBesarException() : Exception("Berkas melebihi batas ukuran.");

/// <summary>
/// A read-only stream that first gives back bytes already read from the source (to sniff its
/// kind), then the rest of the source, and throws <see cref="BerkasTerlaluBesarException"/> once
/// more than <paramref name="batas"/> bytes are read.
/// </summary>
internal sealed class GabunganStream(ReadOnlyMemory<byte> awal, Stream sumber, long batas) : Stream
{
    private ReadOnlyMemory<byte> sisaAwal = awal;
    private long dibaca;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        int n;
        if (!sisaAwal.IsEmpty)
        {
            n = Math.Min(buffer.Length, sisaAwal.Length);
            sisaAwal.Span[..n].CopyTo(buffer);
            sisaAwal = sisaAwal[n..];
        }
        else
        {
            n = sumber.Read(buffer);
        }

        dibaca += n;
        return dibaca > batas ? throw new BerkasTerlaluBesarException() : n;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
