using Microsoft.EntityFrameworkCore;
using Sakip.App.Data;
using Sakip.App.Entities;
using Sakip.App.Evaluasi;
using Sakip.App.Keamanan;
using Sakip.Domain.Evaluasi;

namespace Sakip.App.Features.Evaluasi;

/// <summary>What the evaluation use cases share: loading an evaluation with its rounds, who may act on a round, and a round's value.</summary>
internal static class EvaluasiTersimpan
{
    public static Task<EvaluasiAkip?> MuatAsync(SakipDbContext db, int satkerId, int tahun, CancellationToken ct) =>
        db.EvaluasiAkips.Include(e => e.Putarans).ThenInclude(p => p.Jawabans).Include(e => e.Rekomendasis).Include(e => e.KomponenTercetaks).AsSplitQuery()
            .SingleOrDefaultAsync(e => e.SatkerId == satkerId && e.Tahun == tahun, ct);

    public static Gagal TidakAda(Satker satker, int tahun) =>
        Gagal.TidakDitemukan($"Evaluasi SAKIP {satker.Nama} tahun {tahun} belum dibuka.");

    /// <summary>The template an evaluation was opened with: the copy it keeps of a stored one, or the shipped one (immutable, so it cannot have changed).</summary>
    public static TemplatLke Templat(EvaluasiAkip e) => e.TemplatJson is { } json
        ? TemplatLkeJson.DariTeks(json)
        : TemplatLkeJson.Bawaan(e.KodeTemplat).Nilai ?? throw new InvalidOperationException($"Evaluation {e.Id} names an unknown LKE template {e.KodeTemplat}.");

    /// <summary>The action a round is answered and submitted under.</summary>
    public static Tindakan TindakanPutaran(JenisPutaran jenis) => jenis == JenisPutaran.Mandiri ? Tindakan.MengisiEvaluasiMandiri : Tindakan.MengevaluasiAkip;

    public static string NamaPutaran(JenisPutaran jenis) => jenis switch
    {
        JenisPutaran.Mandiri => "evaluasi mandiri",
        JenisPutaran.Evaluator => "penilaian evaluator",
        _ => "nilai akhir",
    };

    /// <summary>The round's value through the domain scoring, or every reason it cannot be computed yet.</summary>
    public static HasilPenilaian Nilai(TemplatLke templat, MetodePenilaian metode, PutaranEvaluasi putaran) => metode == MetodePenilaian.PerKriteria
        ? PenilaianLke.PerKriteria(templat, putaran.Jawabans.Where(j => j.Jawaban is not null).Select(j => new JawabanKriteria(j.Kode, j.Jawaban!)))
        : PenilaianLke.PerSubKomponen(templat, putaran.Jawabans.Where(j => j.PersenTerpenuhi is not null).Select(j => new JawabanSubKomponen(j.Kode, j.PersenTerpenuhi!.Value, j.TahunDipertahankan ?? 0)));

    /// <summary>
    /// The result of a finished evaluation: its final round scored again, or for a printed one its
    /// printed components and total (the letters then follow the predikat scale, as everywhere in
    /// Sakip; the printed ones are in <see cref="KomponenTercetak"/>). Null while not finished.
    /// </summary>
    public static HasilEvaluasiAkip? HasilAkhir(EvaluasiAkip e)
    {
        if (e.NilaiAkhir is not { } total || e.PredikatAkhir is not { } predikat)
        {
            return null;
        }

        var t = Templat(e);
        if (!e.Tercetak)
        {
            return Nilai(t, e.Metode, e.Putarans.Single(p => p.Jenis == JenisPutaran.Akhir)).Hasil;
        }

        var nilai = e.KomponenTercetaks.ToDictionary(k => k.KodeKomponen, k => k.Nilai, StringComparer.OrdinalIgnoreCase);
        return new HasilEvaluasiAkip(t.Kode, e.Metode, total, predikat, [.. t.Komponens.Select(k => new NilaiKomponen(k, nilai.GetValueOrDefault(k.Kode), []))]);
    }

    /// <summary>A printed evaluation's components as printed, in the template's order.</summary>
    public static IReadOnlyList<KomponenTercetak> KomponenTercetak(EvaluasiAkip e)
    {
        var tercetak = e.KomponenTercetaks.ToDictionary(k => k.KodeKomponen, StringComparer.OrdinalIgnoreCase);
        return [.. Templat(e).Komponens.Where(k => tercetak.ContainsKey(k.Kode)).Select(k => new KomponenTercetak(k.Nama, k.Bobot, tercetak[k.Kode].Nilai, tercetak[k.Kode].Huruf))];
    }

    /// <summary>What the consistency check finds in a printed evaluation's figures (empty for one worked in Sakip).</summary>
    public static IReadOnlyList<string> Temuan(EvaluasiAkip e) =>
        e.Tercetak && e.NilaiAkhir is { } total ? PemeriksaanNilaiTercetak.Periksa(KomponenTercetak(e), total, e.PredikatTercetak) : [];

    /// <summary>
    /// The satker, its evaluation and its round <paramref name="jenis"/>, for one who may answer that
    /// round; refused when the evaluation is not open, the round not yet open, or already submitted.
    /// </summary>
    public static async Task<Jawaban<(Satker Satker, EvaluasiAkip Evaluasi, PutaranEvaluasi Putaran)>> PutaranTerbukaAsync(SakipDbContext db, AksesPengguna pelaku, string kodeSatker, int tahun, JenisPutaran jenis, CancellationToken ct)
    {
        var boleh = await Izin.SatkerAsync(db, pelaku, kodeSatker, TindakanPutaran(jenis), ct);
        if (boleh.Nilai is not { } satker)
        {
            return boleh.Kegagalan!;
        }

        if (await MuatAsync(db, satker.Id, tahun, ct) is not { } e)
        {
            return TidakAda(satker, tahun);
        }

        var putaran = e.Putarans.SingleOrDefault(p => p.Jenis == jenis);
        if (putaran is null || putaran.DiajukanPada is not null)
        {
            return Gagal.TidakSah(putaran is null
                ? $"Putaran {NamaPutaran(jenis)} belum dibuka."
                : $"Putaran {NamaPutaran(jenis)} sudah diajukan; jawabannya terkunci.");
        }

        return (satker, e, putaran);
    }

    /// <summary>The satker and one recommendation of its evaluation of <paramref name="tahun"/> as the form saw it (same revision), for one who may take <paramref name="tindakan"/>; or the refusal.</summary>
    public static async Task<Jawaban<(Satker Satker, RekomendasiEvaluasi Rekomendasi)>> RekomendasiAsync(SakipDbContext db, AksesPengguna pelaku, string kodeSatker, int tahun, int id, int revisi, Tindakan tindakan, CancellationToken ct)
    {
        var boleh = await Izin.SatkerAsync(db, pelaku, kodeSatker, tindakan, ct);
        if (boleh.Nilai is not { } satker)
        {
            return boleh.Kegagalan!;
        }

        var r = (await MuatAsync(db, satker.Id, tahun, ct))?.Rekomendasis.SingleOrDefault(x => x.Id == id);
        if (r is null)
        {
            return Gagal.TidakDitemukan($"Rekomendasi ini tidak ada pada evaluasi SAKIP {satker.Nama} tahun {tahun}.");
        }

        return r.Revisi == revisi ? (satker, r) : Gagal.Konflik(EditRekomendasiEvaluasi.Konflik);
    }
}
