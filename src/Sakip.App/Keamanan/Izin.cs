using Microsoft.EntityFrameworkCore;
using Sakip.App.Data;
using Sakip.App.Entities;

namespace Sakip.App.Keamanan;

/// <summary>What a user does on a satker's data; each has one row in <see cref="Izin.Tabel"/>.</summary>
public enum Tindakan
{
    /// <summary>See the satker's plans, PK, realisasi, capaian and evidence.</summary>
    Membaca,

    /// <summary>Write the Renstra, draft and revise the PK, its targets and the Rencana Aksi.</summary>
    MenyusunRencana,

    /// <summary>Write the RKT (its sasaran, programmes and indicators).</summary>
    MenyusunRkt,

    /// <summary>Enter, import and submit realisasi with evidence.</summary>
    MengisiRealisasi,

    /// <summary>Verify or return submitted realisasi (also subject to the separation of duties).</summary>
    MemverifikasiRealisasi,

    /// <summary>Sign a PK version.</summary>
    MenandatanganiPerjanjian,

    /// <summary>Close and reopen reporting periods.</summary>
    MenutupPeriode,

    /// <summary>Read the satker's audit trail.</summary>
    MembacaJejakAudit,

    /// <summary>Create accounts and grant, revoke and change access on the satker.</summary>
    MengelolaPengguna,

    /// <summary>Write the LKjIP's narrative, send it for review, and publish it once approved.</summary>
    MenyusunLaporan,

    /// <summary>Review the LKjIP as APIP: leave notes, sign the review statement or return it.</summary>
    MereviuLaporan,

    /// <summary>Approve a reviewed LKjIP for publication.</summary>
    MenyetujuiLaporan,

    /// <summary>Keep the organisation the LKjIP's Bab I describes: divisions, people and the SAKIP team.</summary>
    MengelolaOrganisasi,

    /// <summary>Answer the satker's own round of its AKIP evaluation and submit it.</summary>
    MengisiEvaluasiMandiri,

    /// <summary>Open an AKIP evaluation of the satker, score its evaluator and final rounds, and submit them.</summary>
    MengevaluasiAkip,

    /// <summary>Add or change the LKE templates every evaluation chooses from (checked on KPU RI, the root of the tree: templates are national).</summary>
    MengelolaTemplatLke,

    /// <summary>Import the satker's election figures (voters, turnout, ballots, votes) and bind indicators to them.</summary>
    MengelolaDataKepemiluan,

    /// <summary>Load the satker's DIPA and its revisions, record the monthly realisation and SIMONIKA reports, and bind indicators to them.</summary>
    MengelolaAnggaran,
}

/// <summary>A row of the permission table: the roles that may take the action, and the words of its refusal.</summary>
/// <param name="Tindakan">The action.</param>
/// <param name="Perans">The roles that may take it on a satker (a role reached only "with descendants" acts as Pemantau there, see <see cref="AksesPengguna"/>).</param>
/// <param name="Frasa">What the action is, to finish "Anda tidak berhak ..." (the satker's name follows).</param>
public sealed record IzinTindakan(Tindakan Tindakan, IReadOnlyList<Peran> Perans, string Frasa);

/// <summary>
/// The permission table: which role may do what, on which satker. It is declared here once; every
/// handler asks through <see cref="AksesPengguna.Boleh"/> or the guard <see cref="SatkerAsync"/>,
/// and the authorization-matrix test derives its expectations from the same rows. Reach (own
/// satker for writing, descendants for reading) is the rule of <see cref="AksesPengguna"/>.
/// </summary>
public static class Izin
{
    private static readonly Peran[] SemuaPeran = Enum.GetValues<Peran>();

    public static readonly IReadOnlyDictionary<Tindakan, IzinTindakan> Tabel = new IzinTindakan[]
    {
        new(Tindakan.Membaca, SemuaPeran, "melihat data"),
        new(Tindakan.MenyusunRencana, [Peran.Operator, Peran.Administrator, Peran.Pimpinan], "menyusun perencanaan"),
        new(Tindakan.MenyusunRkt, [Peran.Operator, Peran.Administrator], "menyusun RKT"),
        new(Tindakan.MengisiRealisasi, [Peran.Operator, Peran.Administrator], "mengisi realisasi"),
        new(Tindakan.MemverifikasiRealisasi, [Peran.Pimpinan], "memverifikasi realisasi"),
        new(Tindakan.MenandatanganiPerjanjian, [Peran.Pimpinan], "menandatangani Perjanjian Kinerja"),
        new(Tindakan.MenutupPeriode, [Peran.Administrator], "menutup atau membuka periode"),
        new(Tindakan.MembacaJejakAudit, [Peran.Administrator, Peran.Pimpinan, Peran.Evaluator], "melihat jejak audit"),
        new(Tindakan.MengelolaPengguna, [Peran.Administrator, Peran.Pimpinan], "mengelola pengguna"),
        new(Tindakan.MenyusunLaporan, [Peran.Operator, Peran.Administrator], "menyusun Laporan Kinerja"),
        new(Tindakan.MereviuLaporan, [Peran.Evaluator], "mereviu Laporan Kinerja"),
        new(Tindakan.MenyetujuiLaporan, [Peran.Pimpinan], "menyetujui Laporan Kinerja"),
        new(Tindakan.MengelolaOrganisasi, [Peran.Operator, Peran.Administrator], "mengelola data organisasi dan pegawai"),
        new(Tindakan.MengisiEvaluasiMandiri, [Peran.Operator, Peran.Pimpinan], "mengisi evaluasi mandiri SAKIP"),
        new(Tindakan.MengevaluasiAkip, [Peran.Evaluator], "mengevaluasi SAKIP"),
        new(Tindakan.MengelolaTemplatLke, [Peran.Administrator], "mengelola templat LKE nasional di"),
        new(Tindakan.MengelolaDataKepemiluan, [Peran.Operator, Peran.Administrator], "mengelola data kepemiluan"),
        new(Tindakan.MengelolaAnggaran, [Peran.Operator, Peran.Administrator], "mengelola data anggaran"),
    }.ToDictionary(i => i.Tindakan);

    /// <summary>The refusal for <paramref name="tindakan"/> on the named satker.</summary>
    public static Gagal Tolak(Tindakan tindakan, string namaSatker) => Gagal.Ditolak($"Anda tidak berhak {Tabel[tindakan].Frasa} {namaSatker}.");

    /// <summary>Null when the user may take the action on the satker, else the refusal.</summary>
    public static Gagal? Periksa(AksesPengguna pelaku, Tindakan tindakan, Satker satker) =>
        pelaku.Boleh(tindakan, satker.Id) ? null : Tolak(tindakan, satker.Nama);

    /// <summary>
    /// The guard every handler that starts from a satker code uses: the satker (404 when no satker
    /// has that code), or 403 when the user may not take the action there.
    /// </summary>
    public static async Task<Jawaban<Satker>> SatkerAsync(SakipDbContext db, AksesPengguna pelaku, string? kodeSatker, Tindakan tindakan, CancellationToken ct)
    {
        var kode = kodeSatker?.Trim() ?? string.Empty;
        var satker = kode.Length == 0 ? null : await db.Satkers.SingleOrDefaultAsync(s => s.Kode == kode, ct);
        if (satker is null)
        {
            return Gagal.TidakDitemukan(kode.Length == 0 ? "Pilih satker." : $"Satker dengan kode '{TeksRingkas.Potong(kode, 41)}' tidak ditemukan.");
        }

        return Periksa(pelaku, tindakan, satker) is { } tolak ? tolak : satker;
    }

}
