using Sakip.Domain.Bilangan;

namespace Sakip.App;

/// <summary>
/// Collects what is wrong with a form, each message on its field's name and in Bahasa Indonesia,
/// and trims the texts it checks; a handler refuses with <see cref="Gagal.TidakSah(IReadOnlyList{Kesalahan})"/>
/// when <see cref="Ada"/>, and writes nothing.
/// </summary>
public sealed class PemeriksaIsian
{
    private readonly List<Kesalahan> salah = [];

    public IReadOnlyList<Kesalahan> Kesalahans => salah;

    /// <summary>Whether anything is wrong.</summary>
    public bool Ada => salah.Count > 0;

    public void Tambah(string bidang, string pesan) => salah.Add(new Kesalahan(bidang, pesan));

    /// <summary>
    /// The text trimmed (null when empty); an empty required text and one longer than
    /// <paramref name="maks"/> characters are refused on <paramref name="bidang"/>, named <paramref name="nama"/> in the message.
    /// </summary>
    public string? Teks(string? nilai, int maks, string bidang, string nama, bool wajib = false)
    {
        var t = nilai?.Trim();
        if (string.IsNullOrEmpty(t))
        {
            if (wajib)
            {
                Tambah(bidang, $"Isi {nama}.");
            }

            return null;
        }

        if (t.Length > maks)
        {
            Tambah(bidang, $"{char.ToUpperInvariant(nama[0])}{nama[1..]} paling banyak {FormatIndonesia.Angka(maks, 0)} karakter; tertulis {FormatIndonesia.Angka(t.Length, 0)}.");
        }

        return t;
    }
}
