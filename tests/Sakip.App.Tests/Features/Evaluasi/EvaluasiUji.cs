using Microsoft.EntityFrameworkCore;
using Sakip.App.Entities;
using Sakip.App.Evaluasi;
using Sakip.App.Features.Evaluasi;
using Sakip.App.Keamanan;
using Sakip.Testing;
using Sakip.Testing.Builders;

namespace Sakip.App.Tests.Features.Evaluasi;

/// <summary>
/// The demo's satker with an evaluator of the province (reaching its kab/kota), and answering
/// helpers. The demo's own evaluations (1871's printed 2023 and the worked 2024 ones) are removed
/// so that each test starts from satker without any; LoadDemoTests covers them.
/// </summary>
internal static class EvaluasiUji
{
    public sealed record Pelaku(AksesPengguna Evaluator, AksesPengguna Operator, AksesPengguna Pimpinan, AksesPengguna Pemantau, AksesPengguna Asing);

    public static async Task<Pelaku> BuatAsync(DatabaseFixture fixture)
    {
        await fixture.MuatDemoAsync();
        await HapusEvaluasiDemoAsync(fixture);
        var provinsi = await fixture.ExecuteDbContextAsync(db => db.Satkers.SingleAsync(s => s.Kode == "18"));
        return new Pelaku(
            await fixture.PelakuAsync(Peran.Evaluator, provinsi, termasukTurunan: true),
            await fixture.AksesAsync("operator.1871"),
            await fixture.AksesAsync("pimpinan.1871"),
            await fixture.AksesAsync("pemantau.1871"),
            await fixture.AksesAsync("operator.1801"));
    }

    /// <summary>Removes the evaluations the demo loads (recognised by their source or by the demo's evaluator having submitted them).</summary>
    public static Task<int> HapusEvaluasiDemoAsync(DatabaseFixture fixture) => fixture.ExecuteDbContextAsync(async db =>
    {
        db.EvaluasiAkips.RemoveRange(await db.EvaluasiAkips.Include(e => e.Putarans).ThenInclude(p => p.Jawabans).Include(e => e.Rekomendasis).Include(e => e.KomponenTercetaks)
            .Where(e => e.SumberTercetak != null || e.Putarans.Any(p => p.DiajukanOleh == "Evaluator SAKIP KPU Provinsi Lampung")).ToListAsync());
        return await db.SaveChangesAsync();
    });

    public static Task<Jawaban<int>> BukaAsync(DatabaseFixture fixture, AksesPengguna a, int tahun, string? templat = null, string? metode = null, string satker = "1871") =>
        fixture.SendAsync<CreateEvaluasiAkip.Handler, Jawaban<int>>(h => h.HandleAsync(a, new(satker, tahun, templat, metode), default));

    public static Task<Jawaban<int>> JawabAsync(DatabaseFixture fixture, AksesPengguna a, int tahun, JenisPutaran putaran, string kode, string? jawaban, int revisi = 0, string? catatan = null, int? tahunDipertahankan = null) =>
        fixture.SendAsync<RecordJawabanEvaluasi.Handler, Jawaban<int>>(h => h.HandleAsync(a, new("1871", tahun, putaran, kode, jawaban, tahunDipertahankan, catatan, revisi), default));

    /// <summary>Answers every criterion of the 88/2021 template in a round with <paramref name="jawaban"/>'s choice.</summary>
    public static async Task JawabSemuaAsync(DatabaseFixture fixture, AksesPengguna a, int tahun, JenisPutaran putaran, Func<string, string> jawaban)
    {
        foreach (var (_, k) in TemplatLkeJson.Bawaan("88-2021").Pasti().SemuaKriteria)
        {
            var ada = await fixture.ExecuteDbContextAsync(db => db.JawabanEvaluasis.Where(j => j.Kode == k.Kode && db.PutaranEvaluasis.Any(p => p.Id == j.PutaranEvaluasiId && p.Jenis == putaran && db.EvaluasiAkips.Any(e => e.Id == p.EvaluasiAkipId && e.Tahun == tahun))).Select(j => (int?)j.Revisi).SingleOrDefaultAsync());
            (await JawabAsync(fixture, a, tahun, putaran, k.Kode, jawaban(k.Kode), ada ?? 0)).Pasti();
        }
    }

    public static Task<GetEvaluasiAkip.Hasil> BacaAsync(DatabaseFixture fixture, AksesPengguna a, int tahun) =>
        fixture.SendAsync<GetEvaluasiAkip.Handler, Jawaban<GetEvaluasiAkip.Hasil>>(h => h.HandleAsync(a, new("1871", tahun), default)).ContinueWith(t => t.Result.Pasti(), TaskScheduler.Default);

    public static Task<Jawaban<int>> AjukanAsync(DatabaseFixture fixture, AksesPengguna a, int tahun, JenisPutaran putaran, int revisi) =>
        fixture.SendAsync<SendPutaranEvaluasi.Handler, Jawaban<int>>(h => h.HandleAsync(a, new("1871", tahun, putaran, revisi), default));

    /// <summary>Opens and finishes an evaluation: the satker answers all BB, the evaluator as <paramref name="evaluator"/> says, the final round as the evaluator's.</summary>
    public static async Task SelesaikanAsync(DatabaseFixture fixture, Pelaku p, int tahun, Func<string, string> evaluator)
    {
        (await BukaAsync(fixture, p.Evaluator, tahun)).Pasti();
        await JawabSemuaAsync(fixture, p.Operator, tahun, JenisPutaran.Mandiri, _ => "BB");
        (await AjukanAsync(fixture, p.Operator, tahun, JenisPutaran.Mandiri, (await BacaAsync(fixture, p.Operator, tahun)).Revisi)).Pasti();
        await JawabSemuaAsync(fixture, p.Evaluator, tahun, JenisPutaran.Evaluator, evaluator);
        (await AjukanAsync(fixture, p.Evaluator, tahun, JenisPutaran.Evaluator, (await BacaAsync(fixture, p.Evaluator, tahun)).Revisi)).Pasti();
        (await AjukanAsync(fixture, p.Evaluator, tahun, JenisPutaran.Akhir, (await BacaAsync(fixture, p.Evaluator, tahun)).Revisi)).Pasti();
    }

    public static Task<Jawaban<int>> RekomendasiAsync(DatabaseFixture fixture, AksesPengguna a, int tahun, int? id, int revisi, string? komponen, string? uraian, DateOnly? jatuhTempo = null, bool hapus = false) =>
        fixture.SendAsync<EditRekomendasiEvaluasi.Handler, Jawaban<int>>(h => h.HandleAsync(a, new("1871", tahun, id, revisi, komponen, uraian, "Subbagian Perencanaan", jatuhTempo, hapus), default));

    public static Task<Jawaban<int>> TindakLanjutAsync(DatabaseFixture fixture, AksesPengguna a, int tahun, int id, int revisi, StatusTindakLanjut status, string? teks, bool ajukan = false) =>
        fixture.SendAsync<RecordTindakLanjut.Handler, Jawaban<int>>(h => h.HandleAsync(a, new("1871", tahun, id, revisi, status, teks, ajukan), default));

    public static Task<Jawaban<int>> TerimaAsync(DatabaseFixture fixture, AksesPengguna a, int tahun, int id, int revisi, bool terima, string? catatan = null) =>
        fixture.SendAsync<ApproveTindakLanjut.Handler, Jawaban<int>>(h => h.HandleAsync(a, new("1871", tahun, id, revisi, terima, catatan), default));
}
