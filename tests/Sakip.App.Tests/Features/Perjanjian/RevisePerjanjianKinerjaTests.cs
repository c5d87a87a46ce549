using Microsoft.EntityFrameworkCore;
using Sakip.App.Entities;
using Sakip.App.Features.Capaian;
using Sakip.App.Features.Perjanjian;
using Sakip.App.Keamanan;
using Sakip.Testing;

namespace Sakip.App.Tests.Features.Perjanjian;

/// <summary>PK perubahan end to end: revise, change targets, sign; history kept, measurement follows the version in force.</summary>
public class RevisePerjanjianKinerjaTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>, IAsyncLifetime
{
    private const string Sandi = DatabaseFixture.KataSandiDemo;

    public async Task InitializeAsync() => await fixture.MuatDemoAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    private Task<AksesPengguna> Akses(string nama) => fixture.AksesAsync(nama);

    private Task<int> Pk(string satker, string kode) =>
        fixture.ExecuteDbContextAsync(db => db.PerjanjianKinerjas.Where(p => p.Satker.Kode == satker && p.Kode == kode && p.Versi == 1).Select(p => p.Id).SingleAsync());

    private Task<Jawaban<int>> Revisi(AksesPengguna a, int id, string? alasan, DateOnly? mulai) =>
        fixture.SendAsync<RevisePerjanjianKinerja.Handler, Jawaban<int>>(h => h.HandleAsync(a, new RevisePerjanjianKinerja.Command(id, alasan, mulai), default));

    private async Task<Dictionary<string, int>> IndikatorIds(int pkId) =>
        await fixture.ExecuteDbContextAsync(db => db.IndikatorKinerjas.Where(i => i.Sasaran.PerjanjianKinerjaId == pkId).ToDictionaryAsync(i => i.Kode, i => i.Id));

    [Fact]
    public async Task Revision_ChangedTargetsSigned_MeasurementFollowsIt_RealisasiKept_OldVersionUnchanged()
    {
        var operatorKota = await Akses("operator.1871");
        var pimpinan = await Akses("pimpinan.1871");
        var v1 = await Pk("1871", "KPU-KOTA");

        Assert.Contains("alasan", (await Revisi(operatorKota, v1, "ubah", new DateOnly(2024, 7, 1))).Pesan, StringComparison.Ordinal);
        Assert.Contains("Tanggal berlaku", (await Revisi(operatorKota, v1, "Penyesuaian target setelah Pemilu", new DateOnly(2025, 1, 1))).Pesan, StringComparison.Ordinal);
        Assert.Contains("tidak berhak", (await Revisi(await Akses("pemantau.1871"), v1, "Penyesuaian target setelah Pemilu", new DateOnly(2024, 7, 1))).Pesan, StringComparison.Ordinal);

        var v2 = await Revisi(operatorKota, v1, "Penyesuaian target setelah Pemilu 14 Februari 2024", new DateOnly(2024, 7, 1));
        Assert.True(v2.Berhasil, v2.Pesan);
        Assert.Contains("versi terakhir", (await Revisi(operatorKota, v1, "Perubahan kedua yang terlalu dini", new DateOnly(2024, 8, 1))).Pesan, StringComparison.Ordinal);

        var ids = await IndikatorIds(v2.Nilai);
        var salah = await fixture.SendAsync<EditTargetPerjanjianKinerja.Handler, Jawaban<int>>(h =>
            h.HandleAsync(operatorKota, new(v2.Nilai, new Dictionary<int, string> { [ids["5.1"]] = "24 kali", [ids["3.1"]] = "tujuh puluh", [ids["2.3"]] = "ZZ" }), default));
        Assert.Equal(2, salah.Kesalahans.Count);
        Assert.Contains(salah.Kesalahans, s => s.Bidang == EditTargetPerjanjianKinerja.Bidang(ids["3.1"]) && s.Pesan.Contains("bukan angka", StringComparison.Ordinal));
        Assert.Contains(salah.Kesalahans, s => s.Bidang == EditTargetPerjanjianKinerja.Bidang(ids["2.3"]) && s.Pesan.Contains("bukan predikat", StringComparison.Ordinal));
        Assert.Equal(12m, await fixture.ExecuteDbContextAsync(db => db.IndikatorKinerjas.Where(i => i.Id == ids["5.1"]).Select(i => i.TargetNilai!.Value).SingleAsync()));

        var baik = await fixture.SendAsync<EditTargetPerjanjianKinerja.Handler, Jawaban<int>>(h =>
            h.HandleAsync(operatorKota, new(v2.Nilai, new Dictionary<int, string> { [ids["5.1"]] = "24 kali", [ids["2.3"]] = "BB" }), default));
        Assert.True(baik.Berhasil, baik.Pesan);

        // Not signed yet: version 1 stays in force.
        var sebelum = (await fixture.SendAsync<CalculateCapaian.Handler, Jawaban<CalculateCapaian.Hasil>>(h => h.HandleAsync(AksesPengguna.Sistem, new("1871", 2024), default))).Nilai!;
        Assert.Equal(1, sebelum.Pengukuran.Perjanjian.Versi);

        Assert.Contains("tidak berhak menandatangani", (await fixture.SendAsync<SignPerjanjianKinerja.Handler, Jawaban<int>>(h => h.HandleAsync(operatorKota, new(v2.Nilai), default))).Pesan, StringComparison.Ordinal);
        var ttd = await fixture.SendAsync<SignPerjanjianKinerja.Handler, Jawaban<int>>(h => h.HandleAsync(pimpinan, new(v2.Nilai), default));
        Assert.True(ttd.Berhasil, ttd.Pesan);
        Assert.Contains("terkunci", (await fixture.SendAsync<EditTargetPerjanjianKinerja.Handler, Jawaban<int>>(h =>
            h.HandleAsync(operatorKota, new(v2.Nilai, new Dictionary<int, string> { [ids["5.1"]] = "30 kali" }), default))).Pesan, StringComparison.Ordinal);

        var sesudah = (await fixture.SendAsync<CalculateCapaian.Handler, Jawaban<CalculateCapaian.Hasil>>(h => h.HandleAsync(AksesPengguna.Sistem, new("1871", 2024), default))).Nilai!;
        Assert.Equal(2, sesudah.Pengukuran.Perjanjian.Versi);
        var revisi = sesudah.Pengukuran.Indikators.Single(i => i.Kode == "5.1");
        Assert.Equal("24 kali", revisi.Target);
        Assert.Equal("22 kali", revisi.Realisasi);
        Assert.Equal(91.67m, Math.Round(revisi.Hasil.Nilai!.Value, 2));
        Assert.Equal(100m, sesudah.Pengukuran.Indikators.Single(i => i.Kode == "2.3").Hasil.Nilai);

        var lama = await fixture.SendAsync<GetPerjanjianKinerja.Handler, Jawaban<GetPerjanjianKinerja.Hasil>>(h => h.HandleAsync(pimpinan, new(v1), default));
        Assert.Equal("12 kali", lama.Nilai!.Sasarans.SelectMany(s => s.Indikators).Single(i => i.Kode == "5.1").Target);
        var daftar = await fixture.SendAsync<ListPerjanjianKinerja.Handler, Jawaban<ListPerjanjianKinerja.Hasil>>(h => h.HandleAsync(pimpinan, new("1871", 2024), default));
        Assert.Equal([2, 1], daftar.Nilai!.Versis.Select(v => v.Nomor));
        Assert.True(daftar.Nilai.Versis[0].Berlaku);
        Assert.Equal("Penyesuaian target setelah Pemilu 14 Februari 2024", daftar.Nilai.Versis[0].AlasanPerubahan);
        Assert.Equal("31 Desember 2024", daftar.Nilai.Versis[0].Tanggal);

        var jejak = await fixture.ExecuteDbContextAsync(db => db.JejakAudits.Where(a => a.Entitas == nameof(PerjanjianKinerja) && a.KunciEntitas == v2.Nilai.ToString(System.Globalization.CultureInfo.InvariantCulture)).Select(a => a.Aksi).ToListAsync());
        Assert.Equal([AksiAudit.Tambah, AksiAudit.Ubah, AksiAudit.Tandatangani], jejak); // the target edit raises the draft's revision
    }
}
