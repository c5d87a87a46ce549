using Microsoft.EntityFrameworkCore;
using Sakip.App.Entities;
using Sakip.App.Features.Perencanaan;
using Sakip.App.Keamanan;
using Sakip.Domain.Capaian;
using Sakip.Testing;
using Sakip.Testing.Builders;

namespace Sakip.App.Tests.Features.Perencanaan;

/// <summary>An RKT written through its use cases, as an operator would: the arrange step of the RKT and PK tests.</summary>
internal static class RktUji
{
    /// <summary>An RKT for the year with one sasaran, a formula indicator (0,16 %, lower is better) and a grade indicator (BB).</summary>
    public static async Task<(int RktId, int SasaranId)> TulisAsync(DatabaseFixture fixture, AksesPengguna op, Satker satker, int tahun)
    {
        var rkt = (await fixture.SendAsync<CreateRkt.Handler, Jawaban<int>>(h => h.HandleAsync(op, new(satker.Kode, tahun, satker.Nama.ToUpperInvariant()), default))).Pasti();
        var sasaran = (await fixture.SendAsync<EditSasaranRkt.Handler, Jawaban<int>>(h => h.HandleAsync(op, new(rkt, null, "Meningkatnya kualitas daftar pemilih"), default))).Pasti();
        (await fixture.SendAsync<EditIndikatorRkt.Handler, Jawaban<int>>(h => h.HandleAsync(op, new(sasaran, null, null, "Persentase pemilih tidak masuk DPT", "0,16 %", "Pencocokan dan penelitian", "Pemilih DPK dibagi pemilih DPT dan DPTb", "dpk / (dpt + dptb) x 100", Polaritas.Turun), default))).Pasti();
        (await fixture.SendAsync<EditIndikatorRkt.Handler, Jawaban<int>>(h => h.HandleAsync(op, new(sasaran, null, null, "Nilai evaluasi SAKIP", "BB", null, "Nilai dari evaluator", null, Polaritas.Naik), default))).Pasti();
        return (rkt, sasaran);
    }

    /// <summary>The RKT indicators as stored, in order.</summary>
    public static Task<List<IndikatorRkt>> IndikatorsAsync(DatabaseFixture fixture, int sasaranId) =>
        fixture.ExecuteDbContextAsync(db => db.Set<IndikatorRkt>().AsNoTracking().Where(i => i.SasaranRktId == sasaranId).OrderBy(i => i.Urutan).ToListAsync());
}
