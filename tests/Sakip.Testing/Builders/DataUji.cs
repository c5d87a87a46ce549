using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Sakip.App;
using Sakip.App.Data;
using Sakip.App.Entities;
using Sakip.App.Keamanan;

namespace Sakip.Testing.Builders;

/// <summary>
/// The data a slice test builds for itself, in its own rows (never the demo's): satker, users with
/// their grants, and agreements. Every name and code is unique, so tests of one class can share
/// a database without seeing each other's rows.
/// </summary>
public static class DataUji
{
    private static int nomor;

    /// <summary>A fresh number for unique names and codes.</summary>
    public static int Nomor() => Interlocked.Increment(ref nomor);

    /// <summary>Inserts a satker (a kab/kota by default; a province or another level when asked), under <paramref name="induk"/> when given.</summary>
    public static async Task<Satker> SatkerAsync(this DatabaseFixture fixture, Satker? induk = null, TingkatSatker tingkat = TingkatSatker.KabupatenKota, string? nama = null)
    {
        var satker = SatkerBuilder.Baru(nama);
        satker.Tingkat = tingkat;
        satker.IndukId = induk?.Id;
        satker.Pegawais.Add(new Pegawai { Nama = $"Ketua {satker.Nama}", Jabatan = $"Ketua {satker.Nama}" });
        satker.Pegawais.Add(new Pegawai { Nama = $"Sekretaris {satker.Nama}", Jabatan = $"Sekretaris {satker.Nama}" });
        await fixture.InsertAsync(satker);
        return satker;
    }

    /// <summary>
    /// Inserts an account with the given grants (each on its satker, optionally with descendants)
    /// and returns its access as a signed-in request would see it. The account cannot sign in
    /// (it has no password); tests act as it through handlers.
    /// </summary>
    public static async Task<AksesPengguna> PelakuAsync(this DatabaseFixture fixture, params (Peran Peran, Satker Satker, bool TermasukTurunan)[] hak)
    {
        var n = Nomor();
        var pengguna = new Pengguna { NamaPengguna = $"uji.{n}", NamaLengkap = $"Pengguna Uji {n}", HashKataSandi = "-" };
        pengguna.HakAkses.AddRange(hak.Select(h => new HakAkses { Peran = h.Peran, SatkerId = h.Satker.Id, TermasukTurunan = h.TermasukTurunan }));
        await fixture.InsertAsync(pengguna);
        return await fixture.AksesDariAsync(pengguna.Id);
    }

    /// <summary>The password of the accounts <see cref="AkunAsync"/> creates.</summary>
    public const string KataSandiUji = "SandiUjiKuat2024";

    /// <summary>
    /// Inserts an account that can sign in (its password hashed as the app hashes it) with one role
    /// on one satker, and returns its id and name.
    /// </summary>
    public static async Task<(int Id, string Nama)> AkunAsync(this DatabaseFixture fixture, Peran peran, Satker satker, bool termasukTurunan = false)
    {
        var nama = $"akun.{Nomor()}";
        await using var scope = fixture.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SakipDbContext>();
        var pengguna = new Pengguna { NamaPengguna = nama, NamaLengkap = "Akun Uji " + nama, HashKataSandi = string.Empty };
        pengguna.HashKataSandi = scope.ServiceProvider.GetRequiredService<IPasswordHasher<Pengguna>>().HashPassword(pengguna, KataSandiUji);
        pengguna.HakAkses.Add(new HakAkses { Peran = peran, SatkerId = satker.Id, TermasukTurunan = termasukTurunan });
        db.Add(pengguna);
        await db.SaveChangesAsync();
        return (pengguna.Id, nama);
    }

    /// <summary>An account with one role on one satker.</summary>
    public static Task<AksesPengguna> PelakuAsync(this DatabaseFixture fixture, Peran peran, Satker satker, bool termasukTurunan = false) =>
        fixture.PelakuAsync((peran, satker, termasukTurunan));

    /// <summary>The access of a stored account, expanded over the satker tree as at sign-in.</summary>
    public static Task<AksesPengguna> AksesDariAsync(this DatabaseFixture fixture, int penggunaId) => fixture.ExecuteDbContextAsync(async db =>
    {
        var pengguna = await db.Set<Pengguna>().Include(p => p.HakAkses).SingleAsync(p => p.Id == penggunaId);
        var pohon = await db.Satkers.Select(s => new { s.Id, s.IndukId }).ToListAsync();
        return AksesPengguna.Hitung(pengguna, [.. pohon.Select(s => (s.Id, s.IndukId))]);
    });

    /// <summary>Inserts an agreement built by <paramref name="builder"/> and returns it with its ids.</summary>
    public static Task<PerjanjianKinerja> PerjanjianAsync(this DatabaseFixture fixture, PerjanjianKinerjaBuilder builder) => fixture.PerjanjianAsync(builder.Build());

    /// <summary>Inserts a built agreement (changed after <see cref="PerjanjianKinerjaBuilder.Build"/>, such as a draft) and returns it with its ids.</summary>
    public static async Task<PerjanjianKinerja> PerjanjianAsync(this DatabaseFixture fixture, PerjanjianKinerja pk)
    {
        pk.SatkerId = pk.Satker.Id;
        pk.Satker = null!;
        await fixture.InsertAsync(pk);
        return pk;
    }

    /// <summary>Inserts a Renstra of the satker for 2025-2029 with one sasaran and one indicator, and returns it with its ids.</summary>
    public static async Task<Renstra> RenstraAsync(this DatabaseFixture fixture, Satker satker, int tahunAwal = 2025, int tahunAkhir = 2029)
    {
        var renstra = new Renstra { SatkerId = satker.Id, TahunAwal = tahunAwal, TahunAkhir = tahunAkhir, Visi = "Visi uji" };
        var sasaran = new SasaranRenstra { Kode = "SS1", Uraian = "Sasaran strategis uji" };
        sasaran.Indikators.Add(new IndikatorRenstra { Kode = "IK1", Uraian = "Indikator strategis uji" });
        renstra.Sasarans.Add(sasaran);
        await fixture.InsertAsync(renstra);
        return renstra;
    }

    /// <summary>Inserts an RKT of the satker for the year with one sasaran kegiatan, and returns it with its ids.</summary>
    public static async Task<Rkt> RktAsync(this DatabaseFixture fixture, Satker satker, int tahun = 2025)
    {
        var rkt = new Rkt { SatkerId = satker.Id, Tahun = tahun, Unit = satker.Nama };
        rkt.Sasarans.Add(new SasaranRkt { Nomor = 1, Uraian = "Sasaran kegiatan uji" });
        await fixture.InsertAsync(rkt);
        return rkt;
    }

    /// <summary>The value of a successful answer; fails the test with the failure's message otherwise.</summary>
    public static T Pasti<T>(this Jawaban<T> jawaban) =>
        jawaban.Berhasil ? jawaban.Nilai! : throw new InvalidOperationException($"Expected success, got {jawaban.Jenis}: {jawaban.Pesan} {string.Join(" | ", jawaban.Kesalahans.Select(k => $"{k.Bidang}: {k.Pesan}"))}");
}
