using Microsoft.EntityFrameworkCore;
using Sakip.App.Entities;
using Sakip.App.Features.Perencanaan;
using Sakip.App.Features.Perjanjian;
using Sakip.App.Keamanan;
using Sakip.Domain.Capaian;
using Sakip.Domain.Periode;
using Sakip.Testing;

namespace Sakip.App.Tests.Features.Perjanjian;

/// <summary>
/// Writing the year's plan (RKT with indicators, formula and budget), carrying it into a new PK,
/// preparing a PK from scratch with monthly indicators, and the conflicts of two editors, on a
/// real database.
/// </summary>
public class CreatePerjanjianKinerjaTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>, IAsyncLifetime
{
    public async Task InitializeAsync() => await fixture.MuatDemoAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    private Task<AksesPengguna> Akses(string nama) => fixture.AksesAsync(nama);

    private Task<T> Rkt<T>(Func<EditRkt.Handler, Task<T>> aksi) => fixture.SendAsync(aksi);

    private Task<List<(int Id, string Jabatan)>> Pegawai(string satker) => fixture.ExecuteDbContextAsync(async db =>
        (await db.Pegawais.Where(p => p.Satker.Kode == satker).OrderBy(p => p.Id).Select(p => new { p.Id, p.Jabatan }).ToListAsync()).Select(p => (p.Id, p.Jabatan)).ToList());

    private Task<PerjanjianKinerja> Pk(int id) => fixture.ExecuteDbContextAsync(db =>
        db.PerjanjianKinerjas.AsNoTracking().Include(p => p.Sasarans).ThenInclude(s => s.Indikators).SingleAsync(p => p.Id == id));

    /// <summary>An RKT for a year with one sasaran, a formula indicator, a grade indicator and a programme.</summary>
    private async Task<int> RktAsync(AksesPengguna op, int tahun)
    {
        var rkt = await Rkt(h => h.BuatAsync(op, new EditRkt.BuatRkt("1871", tahun, "KPU KOTA BANDAR LAMPUNG"), default));
        Assert.True(rkt.Berhasil, rkt.Pesan);
        var sasaran = await Rkt(h => h.SimpanSasaranAsync(op, new EditRkt.SimpanSasaran(rkt.Value, null, "Meningkatnya kualitas daftar pemilih"), default));
        var dpk = await Rkt(h => h.SimpanIndikatorAsync(op, new EditRkt.SimpanIndikator(sasaran.Value, null, null, "Persentase pemilih tidak masuk DPT", "0,16 %", "Pencocokan dan penelitian", "Pemilih DPK dibagi pemilih DPT dan DPTb", "dpk / (dpt + dptb) x 100", Polaritas.Turun), default));
        var sakip = await Rkt(h => h.SimpanIndikatorAsync(op, new EditRkt.SimpanIndikator(sasaran.Value, null, null, "Nilai evaluasi SAKIP", "BB", null, "Nilai dari evaluator", null, Polaritas.Naik), default));
        Assert.True(dpk.Berhasil && sakip.Berhasil, dpk.Pesan ?? sakip.Pesan);
        return rkt.Value;
    }

    [Fact]
    public async Task Rkt_WritesIndicatorsAndBudget_RefusesBadFieldsStaleFormsAndReaders()
    {
        var op = await Akses("operator.1871");
        var rktId = await RktAsync(op, 2026);
        var sasaranId = await fixture.ExecuteDbContextAsync(db => db.Set<SasaranRkt>().Where(s => s.RktId == rktId).Select(s => s.Id).SingleAsync());
        Assert.True((await Rkt(h => h.SimpanSasaranAsync(op, new EditRkt.SimpanSasaran(rktId, sasaranId, "Meningkatnya kualitas daftar pemilih berkelanjutan", Revisi: 1), default))).Berhasil);
        Assert.Equal(JenisKegagalan.Konflik, (await Rkt(h => h.SimpanSasaranAsync(op, new EditRkt.SimpanSasaran(rktId, sasaranId, "Uraian dari formulir lama", Revisi: 1), default))).Jenis);

        Assert.StartsWith("Target:", (await Rkt(h => h.SimpanIndikatorAsync(op, new EditRkt.SimpanIndikator(sasaranId, null, null, "X", "banyak", null, null, null, Polaritas.Naik), default))).Pesan, StringComparison.Ordinal);
        Assert.StartsWith("Rumus: 'dpk +' tidak terbaca", (await Rkt(h => h.SimpanIndikatorAsync(op, new EditRkt.SimpanIndikator(sasaranId, null, null, "X", "5", null, null, "dpk +", Polaritas.Naik), default))).Pesan, StringComparison.Ordinal);
        Assert.Equal(JenisKegagalan.Ditolak, (await Rkt(h => h.SimpanSasaranAsync(Akses("pemantau.1871").Result, new EditRkt.SimpanSasaran(rktId, null, "Sasaran"), default))).Jenis);

        var program = await Rkt(h => h.SimpanProgramAsync(op, new EditRkt.SimpanProgram("1871", 2026, null, null, "076.01.WA", "Program Dukungan Manajemen", "Rp 1.250.000.000"), default));
        Assert.True(program.Berhasil, program.Pesan);
        Assert.StartsWith("Pagu:", (await Rkt(h => h.SimpanProgramAsync(op, new EditRkt.SimpanProgram("1871", 2026, null, null, null, "Program lain", "-5"), default))).Pesan, StringComparison.Ordinal);

        var rkt = await fixture.SendAsync<GetRkt.Handler, Jawaban<GetRkt.Hasil>>(h => h.HandleAsync(new GetRkt.Query(op, "1871", 2026), default));
        var ind = rkt.Value!.Rkts.Single().Sasarans.Single().Indikators;
        Assert.Equal(["0,16 %", "BB"], ind.Select(i => i.Target));
        Assert.Equal("dpk / (dpt + dptb) x 100", ind[0].Rumus);
        Assert.Equal(1_250_000_000m, rkt.Value.TotalPagu);
        Assert.True(rkt.Value.BolehUbah);

        var pertama = await Rkt(h => h.SimpanIndikatorAsync(op, new EditRkt.SimpanIndikator(sasaranId, ind[1].Id, ind[1].Revisi, "Nilai evaluasi SAKIP", "A", null, null, null, Polaritas.Naik), default));
        var basi = await Rkt(h => h.SimpanIndikatorAsync(op, new EditRkt.SimpanIndikator(sasaranId, ind[1].Id, ind[1].Revisi, "Nilai evaluasi SAKIP", "AA", null, null, null, Polaritas.Naik), default));
        Assert.True(pertama.Berhasil, pertama.Pesan);
        Assert.Equal(JenisKegagalan.Konflik, basi.Jenis);
        Assert.Equal("A", await fixture.ExecuteDbContextAsync(db => db.Set<IndikatorRkt>().Where(i => i.Id == ind[1].Id).Select(i => i.TargetTeks).SingleAsync()));
    }

    [Fact]
    public async Task Pk_FromTheRkt_CarriesSasaranIndicatorsTargetsAndFormula_OncePerForm()
    {
        var op = await Akses("operator.1871");
        var rktId = await RktAsync(op, 2025);
        var ketua = (await Pegawai("1871"))[0];

        var dibuat = await fixture.SendAsync<CreatePerjanjianKinerja.Handler, Jawaban<int>>(h => h.HandleAsync(op, new CreatePerjanjianKinerja.Command("1871", 2025, rktId, ketua.Id, null, "Bandar Lampung"), default));

        Assert.True(dibuat.Berhasil, dibuat.Pesan);
        var pk = await Pk(dibuat.Value);
        Assert.Equal((CreatePerjanjianKinerja.KodeKetua, 1, StatusPerjanjianKinerja.Draf, ketua.Id, (int?)null, new DateOnly(2025, 1, 1)), (pk.Kode, pk.Versi, pk.Status, pk.PihakPertamaId!.Value, pk.PihakKeduaId, pk.BerlakuMulai));
        var ind = pk.Sasarans.Single().Indikators.OrderBy(i => i.Urutan).ToList();
        Assert.Equal(("1.1", JenisTarget.Angka, 0.16m, "persen", Polaritas.Turun, "dpk / (dpt + dptb) x 100"), (ind[0].Kode, ind[0].JenisTarget, ind[0].TargetNilai!.Value, ind[0].Satuan!, ind[0].Polaritas, ind[0].Rumus!));
        Assert.Equal(("1.2", JenisTarget.Predikat, "BB"), (ind[1].Kode, ind[1].JenisTarget, ind[1].TargetPredikat!));

        var lagi = await fixture.SendAsync<CreatePerjanjianKinerja.Handler, Jawaban<int>>(h => h.HandleAsync(op, new CreatePerjanjianKinerja.Command("1871", 2025, null, ketua.Id, null, null), default));
        Assert.Equal(JenisKegagalan.Konflik, lagi.Jenis);
        var provinsi = (await Pegawai("18"))[0];
        var asing = await fixture.SendAsync<CreatePerjanjianKinerja.Handler, Jawaban<int>>(h => h.HandleAsync(op, new CreatePerjanjianKinerja.Command("1871", 2025, null, provinsi.Id, ketua.Id, null), default));
        Assert.Equal("Pilih pihak pertama dari pegawai KPU Kota Bandar Lampung.", asing.Pesan);
    }

    [Fact]
    public async Task Pk_FromScratch_GetsAMonthlyIndicator_IsSigned_AndThenLocked()
    {
        var op = await Akses("operator.1871");
        var pegawai = await Pegawai("1871");
        var dibuat = await fixture.SendAsync<CreatePerjanjianKinerja.Handler, Jawaban<int>>(h => h.HandleAsync(op, new CreatePerjanjianKinerja.Command("1871", 2027, null, pegawai[1].Id, pegawai[0].Id, "Bandar Lampung"), default));
        Assert.True(dibuat.Berhasil, dibuat.Pesan);
        Assert.Equal(CreatePerjanjianKinerja.KodeSekretaris, (await Pk(dibuat.Value)).Kode);

        Task<(int? Id, IReadOnlyList<EditIndikatorPerjanjianKinerja.Kesalahan> Kesalahans)> Ubah(int revisi, int? id, string? target, JenisPeriode periode, bool hapus = false, string? sasaranBaru = null, int? sasaranId = null) =>
            fixture.SendAsync<EditIndikatorPerjanjianKinerja.Handler, (int?, IReadOnlyList<EditIndikatorPerjanjianKinerja.Kesalahan>)>(h => h.HandleAsync(op, new EditIndikatorPerjanjianKinerja.Command(
                dibuat.Value, revisi, id, sasaranId, sasaranBaru, "Persentase laporan keuangan tepat waktu", target, null, Polaritas.Naik, periode, CaraAkumulasi.RataRata, null, "Laporan tepat waktu dibagi laporan wajib", hapus), default));

        var salah = await Ubah(0, null, "sembilan puluh", JenisPeriode.Bulan, sasaranBaru: "Tertib administrasi keuangan");
        Assert.Equal("Target", Assert.Single(salah.Kesalahans).Field);

        var baru = await Ubah(0, null, "95 %", JenisPeriode.Bulan, sasaranBaru: "Tertib administrasi keuangan");
        Assert.Empty(baru.Kesalahans);
        var pk = await Pk(dibuat.Value);
        var ind = pk.Sasarans.Single().Indikators.Single();
        Assert.Equal(("1.1", JenisPeriode.Bulan, 95m, "persen", 1), (ind.Kode, ind.Periodisitas, ind.TargetNilai!.Value, ind.Satuan!, pk.Revisi));

        var basi = await Ubah(0, ind.Id, "90 %", JenisPeriode.Triwulan);
        Assert.Equal(JenisKegagalan.Konflik, Assert.Single(basi.Kesalahans).Jenis);

        var kedua = await Ubah(1, null, "100 %", JenisPeriode.Triwulan, sasaranId: pk.Sasarans.Single().Id);
        Assert.Empty(kedua.Kesalahans);
        var hapus = await Ubah(2, kedua.Id, null, JenisPeriode.Triwulan, hapus: true);
        Assert.Empty(hapus.Kesalahans);
        Assert.Single((await Pk(dibuat.Value)).Sasarans.Single().Indikators);

        var kepala = await fixture.SendAsync<EditPerjanjianKinerja.Handler, Jawaban<int>>(h => h.HandleAsync(op, new EditPerjanjianKinerja.Command(dibuat.Value, 3, "Perjanjian Kinerja 2027 Sekretaris", pegawai[1].Id, null, "Bandar Lampung"), default));
        Assert.Equal("Perjanjian Kinerja Sekretaris memerlukan Ketua sebagai pihak kedua.", kepala.Pesan);

        var pimpinan = await Akses("pimpinan.1871");
        var tanda = await fixture.SendAsync<SignPerjanjianKinerja.Handler, Jawaban<int>>(h => h.HandleAsync(pimpinan, new SignPerjanjianKinerja.Command(dibuat.Value), default));
        Assert.True(tanda.Berhasil, tanda.Pesan);
        var terkunci = await Ubah(4, ind.Id, "90 %", JenisPeriode.Bulan);
        Assert.Contains("terkunci", Assert.Single(terkunci.Kesalahans).Pesan, StringComparison.Ordinal);
    }
}
