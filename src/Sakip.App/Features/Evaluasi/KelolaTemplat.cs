using Microsoft.EntityFrameworkCore;
using Sakip.App.Data;
using Sakip.App.Keamanan;

namespace Sakip.App.Features.Evaluasi;

/// <summary>What the template use cases share: who may manage the national LKE templates, and saving one.</summary>
internal static class KelolaTemplat
{
    /// <summary>Null when the user administers KPU RI (the root of the satker tree); the refusal otherwise.</summary>
    public static async Task<Gagal?> TolakAsync(SakipDbContext db, AksesPengguna pelaku, CancellationToken ct)
    {
        var akar = await db.Satkers.AsNoTracking().Where(s => s.IndukId == null).OrderBy(s => s.Id).FirstOrDefaultAsync(ct);
        return akar is not null && Izin.Periksa(pelaku, Tindakan.MengelolaTemplatLke, akar) is null ? null
            : Izin.Tolak(Tindakan.MengelolaTemplatLke, akar?.Nama ?? "KPU Republik Indonesia");
    }

    /// <summary>Checks a template's name and year range, under the fields <c>Nama</c>, <c>TahunAwal</c> and <c>TahunAkhir</c>.</summary>
    public static void PeriksaIdentitas(PemeriksaIsian isian, string? nama, int? tahunAwal, int? tahunAkhir)
    {
        if (string.IsNullOrWhiteSpace(nama) || nama.Trim().Length > 300)
        {
            isian.Tambah("Nama", "Isi nama templat (paling panjang 300 karakter).");
        }

        if (tahunAwal is not { } awal || Domain.Periode.Periode.PeriksaTahun(awal) is not null)
        {
            isian.Tambah("TahunAwal", "Isi tahun pertama yang dilayani templat ini (empat angka).");
        }
        else if (tahunAkhir is { } akhir && (akhir < awal || Domain.Periode.Periode.PeriksaTahun(akhir) is not null))
        {
            isian.Tambah("TahunAkhir", $"Tahun terakhir tidak boleh sebelum {awal}.");
        }
    }

    /// <summary>How many evaluations use the template of that code.</summary>
    public static Task<int> DipakaiAsync(SakipDbContext db, string kode, CancellationToken ct) => db.EvaluasiAkips.CountAsync(e => e.KodeTemplat == kode, ct);
}
