using Microsoft.EntityFrameworkCore;
using Sakip.App.Data;
using Sakip.App.Entities;
using Sakip.App.Keamanan;
using PemberitahuanEntity = Sakip.App.Entities.Pemberitahuan;

namespace Sakip.App.Features.Pemberitahuan;

/// <summary>
/// Adds notifications to the handler's unit of work, so they are saved with the change they
/// report or not at all: one row per reader in the in-app list, and one e-mail in the queue for
/// each reader with an address when SMTP is configured (<see cref="PengaturanSurel"/>).
/// </summary>
public sealed class Pemberitahu(SakipDbContext db, PengaturanSurel surel, TimeProvider clock)
{
    /// <summary>
    /// Tells the active users who may take <paramref name="tindakan"/> on <paramref name="satker"/>
    /// (for every action but reading that is a role granted on the satker itself: writing never
    /// reaches below, see <see cref="AksesPengguna"/>), except <paramref name="kecuali"/> (the
    /// actor). With a <paramref name="kunci"/>, a reader who already had that notification does not
    /// get it again. Returns how many readers were told.
    /// </summary>
    public async Task<int> KepadaAsync(Satker satker, Tindakan tindakan, JenisPemberitahuan jenis, string judul, string tautan, int? kecuali, string? kunci, CancellationToken ct)
    {
        var perans = Izin.Tabel[tindakan].Perans;
        var penerima = await db.Set<Entities.Pengguna>().AsNoTracking()
            .Where(p => p.Aktif && p.Id != kecuali && p.HakAkses.Any(h => h.SatkerId == satker.Id && perans.Contains(h.Peran)))
            .Select(p => new { p.Id, p.Surel })
            .ToListAsync(ct);
        if (kunci is not null)
        {
            var ids = penerima.Select(p => p.Id).ToList();
            var sudah = await db.Pemberitahuans.Where(n => n.Kunci == kunci && ids.Contains(n.PenggunaId)).Select(n => n.PenggunaId).ToListAsync(ct);
            penerima.RemoveAll(p => sudah.Contains(p.Id));
        }

        var sekarang = clock.GetUtcNow();
        foreach (var p in penerima)
        {
            var n = new PemberitahuanEntity { PenggunaId = p.Id, SatkerId = satker.Id, Jenis = jenis, Judul = TeksRingkas.Potong(judul, 400), Tautan = tautan, DibuatPada = sekarang, Kunci = kunci };
            db.Pemberitahuans.Add(n);
            if (surel.Aktif && !string.IsNullOrWhiteSpace(p.Surel))
            {
                db.SuratKeluars.Add(new SuratKeluar
                {
                    Kepada = p.Surel,
                    Subjek = TeksRingkas.Potong($"[Sakip] {judul}", 400),
                    Isi = TeksRingkas.Potong($"{judul}\n\nSatker: {satker.Nama}\nBuka: {surel.AlamatSitus.TrimEnd('/')}{tautan}\n\nPesan ini dikirim otomatis oleh Sakip; jangan dibalas.", 4000),
                    DibuatPada = sekarang,
                    CobaSetelah = sekarang.UtcDateTime,
                });
            }
        }

        return penerima.Count;
    }

}

/// <summary>
/// How Sakip sends e-mail, from <c>Sakip:Smtp</c>: <c>Host</c> (none: no e-mail, the in-app list
/// only), <c>Port</c> (587), <c>Keamanan</c> (<c>StartTls</c>, <c>SslOnConnect</c>, <c>None</c>),
/// <c>NamaPengguna</c>, <c>KataSandi</c>, <c>Pengirim</c>; and <c>Sakip:AlamatSitus</c>, the
/// address the links in a message start with.
/// </summary>
public sealed record PengaturanSurel(string? Host, int Port, string Keamanan, string? NamaPengguna, string? KataSandi, string Pengirim, string AlamatSitus)
{
    /// <summary>Attempts before the sender gives a message up.</summary>
    public const int PercobaanMaksimum = 5;

    public bool Aktif => !string.IsNullOrWhiteSpace(Host);

    public static PengaturanSurel From(Microsoft.Extensions.Configuration.IConfiguration c) => new(
        c["Sakip:Smtp:Host"],
        int.TryParse(c["Sakip:Smtp:Port"], out var port) ? port : 587,
        c["Sakip:Smtp:Keamanan"] ?? "StartTls",
        c["Sakip:Smtp:NamaPengguna"],
        c["Sakip:Smtp:KataSandi"],
        c["Sakip:Smtp:Pengirim"] ?? "sakip@localhost",
        c["Sakip:AlamatSitus"] ?? "http://localhost:5000");
}
