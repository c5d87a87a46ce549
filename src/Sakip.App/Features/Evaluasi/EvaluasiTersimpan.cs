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
        db.EvaluasiAkips.Include(e => e.Putarans).ThenInclude(p => p.Jawabans).Include(e => e.Rekomendasis).AsSplitQuery()
            .SingleOrDefaultAsync(e => e.SatkerId == satkerId && e.Tahun == tahun, ct);

    public static Gagal TidakAda(Satker satker, int tahun) =>
        Gagal.TidakDitemukan($"Evaluasi SAKIP {satker.Nama} tahun {tahun} belum dibuka.");

    /// <summary>The template an evaluation was opened with (shipped templates are immutable, so it cannot have changed).</summary>
    public static TemplatLke Templat(EvaluasiAkip e) =>
        TemplatLkeJson.Bawaan(e.KodeTemplat).Nilai ?? throw new InvalidOperationException($"Evaluation {e.Id} names an unknown LKE template {e.KodeTemplat}.");

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
}
