using Sakip.App.Entities;
using Sakip.App.Features.Beranda;
using Sakip.App.Features.Realisasi;
using Sakip.App.Tests.Features.Realisasi;
using Sakip.Domain.Periode;
using Sakip.Testing;
using Sakip.Testing.Builders;

namespace Sakip.App.Tests.Features.Beranda;

/// <summary>What waits for each user on the home page (the fixture's clock stands on 31 December 2024, 09:00 WIB).</summary>
public class GetBerandaTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    private Task<GetBeranda.Hasil> Beranda(App.Keamanan.AksesPengguna a, Satker s) =>
        fixture.SendAsync<GetBeranda.Handler, GetBeranda.Hasil>(async h => (await h.HandleAsync(a, new(s.Kode, 2024), default)).Pasti());

    [Fact]
    public async Task TheOperatorFillsEndedPeriods_AndCorrectsReturnedOnes_ThePimpinanVerifies()
    {
        var uji = await RealisasiUji.BuatAsync(fixture);
        var tw1 = await uji.AjukanAsync(fixture, 1);
        await uji.AjukanAsync(fixture, 2);
        (await uji.PutuskanAsync(fixture, uji.Pimpinan, tw1.RealisasiId, false, "Lampirkan berita acara.", 1)).Pasti();

        var op = await Beranda(uji.Operator, uji.Satker);
        var isi = op.Tugas.Where(t => t.Jenis == GetBeranda.JenisTugas.IsiRealisasi).ToList();
        Assert.Equal(["1.1 Persentase laporan tepat waktu · TW III 2024"], isi.Select(t => t.Uraian));
        Assert.Equal((new DateOnly(2024, 10, 10), true), (isi[0].BatasWaktu!.Value, isi[0].Terlambat));
        var perbaiki = Assert.Single(op.Tugas, t => t.Jenis == GetBeranda.JenisTugas.PerbaikiRealisasi);
        Assert.Equal(("Lampirkan berita acara.", $"/Realisasi/Isi?indikator={uji.IndikatorId}&periode=1"), (perbaiki.Catatan, perbaiki.Tautan));
        Assert.DoesNotContain(op.Tugas, t => t.Jenis == GetBeranda.JenisTugas.VerifikasiRealisasi);
        Assert.Equal(2, op.JumlahTerlambat);

        var pimpinan = await Beranda(uji.Pimpinan, uji.Satker);
        Assert.Equal(["1.1 Persentase laporan tepat waktu · TW II 2024"], pimpinan.Tugas.Select(t => t.Uraian));
        Assert.Empty((await Beranda(await fixture.PelakuAsync(Peran.Pemantau, uji.Satker), uji.Satker)).Tugas);
    }

    [Fact]
    public async Task AClosedPeriod_WaitsForNobody_AndADraftWaitsForThePimpinansSignature()
    {
        var uji = await RealisasiUji.BuatAsync(fixture);
        (await fixture.SendAsync<ClosePeriode.Handler, Jawaban<string>>(h => h.HandleAsync(uji.Administrator, new(uji.Satker.Kode, 2024, JenisPeriode.Semester, 1), default))).Pasti();
        var draf = new PerjanjianKinerjaBuilder(uji.Satker).WithKode("SEKRETARIS").WithIndikator("1.1", 90, null).Build();
        draf.Status = StatusPerjanjianKinerja.Draf;
        var pk = await fixture.PerjanjianAsync(draf);

        Assert.Equal(["TW III 2024"], (await Beranda(uji.Operator, uji.Satker)).Tugas.Select(t => t.Uraian[(t.Uraian.IndexOf('·', StringComparison.Ordinal) + 2)..]));
        var tanda = Assert.Single((await Beranda(uji.Pimpinan, uji.Satker)).Tugas);
        Assert.Equal((GetBeranda.JenisTugas.TandatanganiPerjanjian, $"/PerjanjianKinerja/Lihat?id={pk.Id}"), (tanda.Jenis, tanda.Tautan));
    }

    [Fact]
    public async Task AnotherSatker_IsRefused_AndABadYearIsInvalid()
    {
        var uji = await RealisasiUji.BuatAsync(fixture);
        var lain = await fixture.PelakuAsync(Peran.Operator, await fixture.SatkerAsync());

        Assert.Equal(JenisKegagalan.Ditolak, (await fixture.SendAsync<GetBeranda.Handler, Jawaban<GetBeranda.Hasil>>(h => h.HandleAsync(lain, new(uji.Satker.Kode, 2024), default))).Jenis);
        Assert.Equal(JenisKegagalan.TidakSah, (await fixture.SendAsync<GetBeranda.Handler, Jawaban<GetBeranda.Hasil>>(h => h.HandleAsync(uji.Operator, new(uji.Satker.Kode, 99999), default))).Jenis);
    }

    [Fact]
    public async Task EndedRencanaAksiQuarters_WithoutVerifiedRealisasi_WaitForTheOperatorAndThePimpinan()
    {
        var uji = await RealisasiUji.BuatAsync(fixture);
        await fixture.InsertAsync([.. Enumerable.Range(1, 4).Select(tw => new RencanaAksi { IndikatorKinerjaId = uji.IndikatorId, Triwulan = tw, TargetNilai = 20 * tw, Aksi = $"Aksi triwulan {tw}" })]);
        Task<List<GetBeranda.Tugas>> RencanaAksi(App.Keamanan.AksesPengguna a) =>
            Beranda(a, uji.Satker).ContinueWith(t => t.Result.Tugas.Where(x => x.Jenis == GetBeranda.JenisTugas.RencanaAksiTanpaKemajuan).ToList(), TaskScheduler.Default);

        // 31 December: TW I-III have ended with nothing verified; TW IV ends today.
        var op = await RencanaAksi(uji.Operator);
        Assert.Equal(["TW I 2024", "TW II 2024", "TW III 2024"], op.Select(t => t.Uraian[(t.Uraian.IndexOf('·', StringComparison.Ordinal) + 2)..]));
        Assert.Equal(("Aksi triwulan 1", $"/PerjanjianKinerja/RencanaAksi?id={uji.Pk.Id}"), (op[0].Catatan, op[0].Tautan));
        Assert.Equal(3, (await RencanaAksi(uji.Pimpinan)).Count);
        Assert.Empty(await RencanaAksi(await fixture.PelakuAsync(Peran.Pemantau, uji.Satker)));

        // A verified TW I is progress for every quarter after it (the Rencana Aksi's targets are cumulative).
        var tw1 = await uji.AjukanAsync(fixture, 1);
        (await uji.PutuskanAsync(fixture, uji.Pimpinan, tw1.RealisasiId, true, null, 1)).Pasti();
        Assert.Empty(await RencanaAksi(uji.Operator));
    }
}

/// <summary>The demo's evaluation work on the home page: open rounds, recommendations to follow up (overdue ones counted), follow-ups to accept.</summary>
public class GetBerandaEvaluasiTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    private Task<GetBeranda.Hasil> Beranda(App.Keamanan.AksesPengguna a) =>
        fixture.SendAsync<GetBeranda.Handler, GetBeranda.Hasil>(async h => (await h.HandleAsync(a, new("1871", 2024), default)).Pasti());

    [Fact]
    public async Task TheSatkerFollowsUpItsRecommendations_TheEvaluatorAcceptsSubmittedOnes_AndOpenRoundsWait()
    {
        await fixture.MuatDemoAsync();
        var operatorKota = await fixture.AksesAsync("operator.1871");
        var op = await Beranda(operatorKota);
        var rekomendasi = op.Tugas.Where(t => t.Jenis == GetBeranda.JenisTugas.TindakLanjutRekomendasi).ToList();
        Assert.Equal([(new DateOnly(2024, 12, 20), true), (new DateOnly(2025, 6, 30), false)], rekomendasi.Select(t => (t.BatasWaktu!.Value, t.Terlambat)));
        Assert.StartsWith("Rekomendasi 1 evaluasi SAKIP 2024: Lakukan pengukuran kinerja bulanan", rekomendasi[0].Uraian, StringComparison.Ordinal);
        Assert.StartsWith("/Evaluasi/TindakLanjut?satker=1871&tahun=2024&id=", rekomendasi[0].Tautan, StringComparison.Ordinal);
        Assert.DoesNotContain(op.Tugas, t => t.Jenis == GetBeranda.JenisTugas.TerimaTindakLanjut);

        // The 2023 follow-ups the satker submitted wait for the evaluators, of the satker and of the province.
        foreach (var evaluator in new[] { "evaluator.1871", "evaluator.18" })
        {
            var terima = (await Beranda(await fixture.AksesAsync(evaluator))).Tugas.Where(t => t.Jenis == GetBeranda.JenisTugas.TerimaTindakLanjut).ToList();
            Assert.Equal(4, terima.Count);
            Assert.All(terima, t => Assert.Contains("evaluasi SAKIP 2023", t.Uraian, StringComparison.Ordinal));
        }

        Assert.DoesNotContain((await Beranda(await fixture.AksesAsync("pemantau.1871"))).Tugas, t => t.Jenis >= GetBeranda.JenisTugas.IsiEvaluasi);

        // An evaluation opened for another year waits for the satker's self-assessment.
        var provinsi = await fixture.PelakuAsync(Peran.Evaluator, await fixture.ExecuteDbContextAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.SingleAsync(db.Satkers, s => s.Kode == "18")), termasukTurunan: true);
        (await fixture.SendAsync<App.Features.Evaluasi.CreateEvaluasiAkip.Handler, Jawaban<int>>(h => h.HandleAsync(provinsi, new("1871", 2022), default))).Pasti();
        var isi = Assert.Single((await Beranda(operatorKota)).Tugas, t => t.Jenis == GetBeranda.JenisTugas.IsiEvaluasi);
        Assert.Equal(("Evaluasi SAKIP 2022: evaluasi mandiri", "/Evaluasi?satker=1871&tahun=2022"), (isi.Uraian, isi.Tautan));
    }
}
