using Sakip.App.Entities;
using Sakip.App.Features.Perjanjian;
using Sakip.App.Keamanan;
using Sakip.Domain.Capaian;
using Sakip.Domain.Periode;
using Sakip.Testing;
using Sakip.Testing.Builders;

namespace Sakip.App.Tests.Features.Perjanjian;

/// <summary>Indicators of a draft PK from scratch: field errors, two editors, deleting, and the lock after signing.</summary>
public class EditIndikatorPerjanjianKinerjaTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    private async Task<(AksesPengguna Op, Satker Satker, int PkId)> DrafAsync()
    {
        var satker = await fixture.SatkerAsync();
        var op = await fixture.PelakuAsync(Peran.Operator, satker);
        var pegawai = await PerjanjianUji.PegawaiAsync(fixture, satker);
        var pk = await fixture.SendAsync<CreatePerjanjianKinerja.Handler, Jawaban<int>>(h => h.HandleAsync(op, new(satker.Kode, 2027, null, pegawai[1], pegawai[0], "Bandar Lampung"), default));
        return (op, satker, pk.Pasti());
    }

    private Task<Jawaban<int?>> Ubah(AksesPengguna op, int pk, int revisi, int? id, string? target, JenisPeriode periode, bool hapus = false, string? sasaranBaru = null, int? sasaranId = null) =>
        fixture.SendAsync<EditIndikatorPerjanjianKinerja.Handler, Jawaban<int?>>(h => h.HandleAsync(op, new EditIndikatorPerjanjianKinerja.Command(
            pk, revisi, id, sasaranId, sasaranBaru, "Persentase laporan keuangan tepat waktu", target, null, Polaritas.Naik, periode, CaraAkumulasi.RataRata, null, "Laporan tepat waktu dibagi laporan wajib", hapus), default));

    [Fact]
    public async Task AMonthlyIndicatorFromScratch_WithFieldErrors_TwoEditorsAndDeleting()
    {
        var (op, _, pkId) = await DrafAsync();

        var salah = await Ubah(op, pkId, 0, null, "sembilan puluh", JenisPeriode.Bulan, sasaranBaru: "Tertib administrasi keuangan");
        Assert.Equal("Target", Assert.Single(salah.Kesalahans).Bidang);

        var baru = await Ubah(op, pkId, 0, null, "95 %", JenisPeriode.Bulan, sasaranBaru: "Tertib administrasi keuangan");
        Assert.True(baru.Berhasil, baru.Pesan);
        var pk = await PerjanjianUji.BacaAsync(fixture, pkId);
        var ind = pk.Sasarans.Single().Indikators.Single();
        Assert.Equal(("1.1", JenisPeriode.Bulan, 95m, "persen", 1), (ind.Kode, ind.Periodisitas, ind.TargetNilai!.Value, ind.Satuan!, pk.Revisi));

        Assert.Equal(JenisKegagalan.Konflik, (await Ubah(op, pkId, 0, ind.Id, "90 %", JenisPeriode.Triwulan)).Jenis);

        var kedua = await Ubah(op, pkId, 1, null, "100 %", JenisPeriode.Triwulan, sasaranId: pk.Sasarans.Single().Id);
        Assert.True(kedua.Berhasil, kedua.Pesan);
        Assert.True((await Ubah(op, pkId, 2, kedua.Pasti(), null, JenisPeriode.Triwulan, hapus: true)).Berhasil);
        Assert.Single((await PerjanjianUji.BacaAsync(fixture, pkId)).Sasarans.Single().Indikators);
    }

    [Fact]
    public async Task ASignedVersion_IsLocked()
    {
        var (op, satker, pkId) = await DrafAsync();
        var ind = (await Ubah(op, pkId, 0, null, "95 %", JenisPeriode.Bulan, sasaranBaru: "Tertib administrasi keuangan")).Pasti();
        (await fixture.SendAsync<SignPerjanjianKinerja.Handler, Jawaban<int>>(async h => h.HandleAsync(await fixture.PelakuAsync(Peran.Pimpinan, satker), new(pkId), default).Result)).Pasti();

        var terkunci = await Ubah(op, pkId, 1, ind, "90 %", JenisPeriode.Bulan);
        Assert.Equal(PerjanjianKinerja.PesanTerkunci, terkunci.Pesan);
        Assert.Contains("terkunci", terkunci.Pesan, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ATargetOfZero_IsRefused_AndTheSameNewSasaranTwice_IsOneSasaran()
    {
        var (op, _, pkId) = await DrafAsync();

        var nol = await Ubah(op, pkId, 0, null, "0 %", JenisPeriode.Bulan, sasaranBaru: "Tertib administrasi keuangan");
        Assert.Equal("Target", Assert.Single(nol.Kesalahans).Bidang);
        Assert.Contains("target 0 tidak dapat dipakai", nol.Pesan, StringComparison.Ordinal);

        (await Ubah(op, pkId, 0, null, "95 %", JenisPeriode.Bulan, sasaranBaru: "Tertib administrasi keuangan")).Pasti();
        (await Ubah(op, pkId, 1, null, "90 %", JenisPeriode.Bulan, sasaranBaru: " tertib ADMINISTRASI keuangan ")).Pasti();

        var pk = await PerjanjianUji.BacaAsync(fixture, pkId);
        Assert.Equal(2, Assert.Single(pk.Sasarans).Indikators.Count);
    }
}
