using Microsoft.EntityFrameworkCore;
using Sakip.App.Entities;
using Sakip.Testing;
using Sakip.Testing.Builders;

namespace Sakip.App.Tests.Features.Perjanjian;

/// <summary>An indicator's manual is written by whoever writes the plans, checked field by field, and audited.</summary>
public class EditManualIkuTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    [Fact]
    public async Task TheManual_IsWritten_Rewritten_AndRefusedFieldByField()
    {
        var (op, pemantau, asing) = await ManualIkuUji.BuatAsync(fixture);
        var ketua = await fixture.ExecuteDbContextAsync(db => db.Pegawais.Where(p => p.Satker.Kode == "1871").Select(p => p.Id).FirstAsync());
        var lain = await fixture.ExecuteDbContextAsync(db => db.Pegawais.Where(p => p.Satker.Kode == "18").Select(p => p.Id).FirstAsync());

        var kosong = await ManualIkuUji.TulisAsync(fixture, op, "3.1", 0, "  ", lain, new string('s', 1001));
        Assert.Equal(
            [("DefinisiOperasional", "Isi definisi operasional."), ("SumberData", "Sumber data paling banyak 1.000 karakter; tertulis 1.001."), ("PenanggungJawabId", "Penanggung jawab harus pegawai KPU Kota Bandar Lampung.")],
            kosong.Kesalahans.Select(k => (k.Bidang!, k.Pesan)));
        Assert.Equal(JenisKegagalan.TidakDitemukan, (await ManualIkuUji.TulisAsync(fixture, op, "9.9", 0, "x")).Jenis);
        Assert.Equal(JenisKegagalan.Ditolak, (await ManualIkuUji.TulisAsync(fixture, pemantau, "3.1", 0, "x")).Jenis);
        Assert.Equal(JenisKegagalan.Ditolak, (await ManualIkuUji.TulisAsync(fixture, asing, "3.1", 0, "x")).Jenis);

        await ManualIkuUji.TulisAsync(fixture, op, "3.1", 0, "Persentase pemilih DPT yang menggunakan hak pilihnya.", ketua).ContinueWith(t => Sakip.Testing.Builders.DataUji.Pasti(t.Result), TaskScheduler.Default);
        var m = await ManualIkuUji.BacaAsync(fixture, pemantau, "3.1");
        Assert.Equal((true, true, "Persentase pemilih DPT yang menggunakan hak pilihnya.", "Sirekap dan D.Hasil", 1), (m.Ditulis, m.Iku, m.DefinisiOperasional, m.SumberData, m.Revisi));
        Assert.False(m.BolehUbah);
        Assert.Equal(JenisKegagalan.Konflik, (await ManualIkuUji.TulisAsync(fixture, op, "3.1", 0, "lagi")).Jenis);
        Assert.True((await ManualIkuUji.TulisAsync(fixture, op, "3.1", 1, "Diubah.")).Berhasil);
        Assert.Equal("Diubah.", (await ManualIkuUji.BacaAsync(fixture, op, "3.1")).DefinisiOperasional);
        var kunci = (await fixture.ExecuteDbContextAsync(db => db.ManualIkus.SingleAsync(x => x.KodeIndikator == "3.1"))).Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(2, await fixture.ExecuteDbContextAsync(db => db.JejakAudits.CountAsync(j => j.Entitas == nameof(ManualIku) && j.KunciEntitas == kunci)));
    }

    [Fact]
    public async Task TheRenstraLink_MustBeAnIndicatorOfTheSatkersRenstraForTheYear_AndThePriorityIsTextOfBoundedLength()
    {
        var (op, _, _) = await ManualIkuUji.BuatAsync(fixture);
        var kota = await fixture.ExecuteDbContextAsync(db => db.Satkers.SingleAsync(s => s.Kode == "1871"));
        var provinsi = await fixture.ExecuteDbContextAsync(db => db.Satkers.SingleAsync(s => s.Kode == "18"));
        var milikKota = await fixture.ExecuteDbContextAsync(db => db.IndikatorRenstras.Where(i => db.SasaranRenstras.Any(s => s.Id == i.SasaranRenstraId && s.Renstra.SatkerId == kota.Id && s.Renstra.TahunAwal == 2020)).OrderBy(i => i.Id).Select(i => i.Id).FirstAsync());
        var milikProvinsi = (await fixture.RenstraAsync(provinsi, 2019, 2024)).Sasarans[0].Indikators[0].Id;
        var periodeLain = (await fixture.RenstraAsync(kota, 2025, 2029)).Sasarans[0].Indikators[0].Id;

        foreach (var salah in new[] { milikProvinsi, periodeLain, -1 })
        {
            var tolak = await Tulis(salah, null);
            Assert.Equal([("IndikatorRenstraId", "Indikator Renstra harus indikator Renstra KPU Kota Bandar Lampung yang mencakup tahun 2024.")], tolak.Kesalahans.Select(k => (k.Bidang!, k.Pesan)));
        }

        Assert.Equal(["PrioritasNasional"], (await Tulis(null, new string('p', 301))).Kesalahans.Select(k => k.Bidang!));
        Assert.True((await Tulis(milikKota, "  07.01.01.01 PRO-P: Penguatan Penyelenggara Pemilu ")).Berhasil);
        var m = await ManualIkuUji.BacaAsync(fixture, op, "2.2");
        Assert.Equal((milikKota, "07.01.01.01 PRO-P: Penguatan Penyelenggara Pemilu"), (m.Renstra!.Id, m.PrioritasNasional));
        Assert.Contains(m.PilihanRenstras, p => p.Id == milikKota);
        Assert.DoesNotContain(m.PilihanRenstras, p => p.Id == milikProvinsi || p.Id == periodeLain);

        Task<Jawaban<int>> Tulis(int? renstra, string? prioritas) =>
            fixture.SendAsync<App.Features.Perjanjian.EditManualIku.Handler, Jawaban<int>>(h => h.HandleAsync(op, new("1871", 2024, "2.2", 0, true, "Definisi.", null, null, null, null, renstra, prioritas), default));
    }
}
