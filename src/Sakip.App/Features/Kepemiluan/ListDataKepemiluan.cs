using Microsoft.EntityFrameworkCore;
using Sakip.App.Data;
using Sakip.App.Keamanan;
using Sakip.Domain.Kepemiluan;

namespace Sakip.App.Features.Kepemiluan;

/// <summary>
/// The election data of a satker (issue 12, item 6): every event and its contests, newest first,
/// with the satker's import of each (file, when, findings) and its participation, the share of
/// voters missing from the DPT and the women's participation; and the participation of each
/// contest side by side, the history the LKjIP's Tabel 30 prints.
/// </summary>
public static class ListDataKepemiluan
{
    /// <param name="KodeSatker">The satker.</param>
    public sealed record Query(string KodeSatker);

    /// <summary>A contest and what the satker imported for it.</summary>
    /// <param name="KodeAcara">The event's code.</param>
    /// <param name="NamaAcara">The event's name.</param>
    /// <param name="Jenis">Pemilu or Pilkada.</param>
    /// <param name="Tanggal">The voting day.</param>
    /// <param name="KodeKontes">The contest's code.</param>
    /// <param name="NamaKontes">The contest's name.</param>
    /// <param name="Impor">The satker's import; null when none.</param>
    /// <param name="JumlahBaris">Its rows.</param>
    /// <param name="JumlahKesalahan">Its findings that break an identity.</param>
    /// <param name="JumlahPeringatan">Its plausibility warnings.</param>
    /// <param name="Dpt">The DPT of the top of the data.</param>
    /// <param name="Pengguna">Its users of the right to vote.</param>
    /// <param name="Partisipasi">Users / DPT x 100.</param>
    /// <param name="PartisipasiPerempuan">Women's participation.</param>
    /// <param name="PangsaDpk">DPK / (DPT + DPTb) x 100.</param>
    public sealed record Kontes(
        string KodeAcara,
        string NamaAcara,
        JenisPemilihan Jenis,
        DateOnly Tanggal,
        string KodeKontes,
        string NamaKontes,
        ImporTerikat? Impor,
        int JumlahBaris,
        int JumlahKesalahan,
        int JumlahPeringatan,
        long? Dpt,
        long? Pengguna,
        decimal? Partisipasi,
        decimal? PartisipasiPerempuan,
        decimal? PangsaDpk);

    /// <param name="KodeSatker">The satker.</param>
    /// <param name="NamaSatker">Its name.</param>
    /// <param name="Kontes">Every contest held in the satker's region, newest event first.</param>
    /// <param name="BolehImpor">The user may import for the satker.</param>
    /// <param name="Riwayat">The participation of earlier elections as the satker's past reports printed it, checked.</param>
    public sealed record Hasil(string KodeSatker, string NamaSatker, IReadOnlyList<Kontes> Kontes, bool BolehImpor, IReadOnlyList<RiwayatTerperiksa> Riwayat);

    public sealed class Handler(SakipDbContext db)
    {
        public async Task<Jawaban<Hasil>> HandleAsync(AksesPengguna pelaku, Query q, CancellationToken ct)
        {
            var boleh = await Izin.SatkerAsync(db, pelaku, q.KodeSatker, Tindakan.Membaca, ct);
            if (boleh.Nilai is not { } satker)
            {
                return boleh.Kegagalan!;
            }

            var semua = await db.KontesPemilus.AsNoTracking().Include(k => k.Acara).ToListAsync(ct);
            var impors = await db.ImporKepemiluans.AsNoTracking().Where(i => i.SatkerId == satker.Id)
                .Select(i => new { i.Id, i.KontesPemiluId, i.NamaBerkas, i.Diimpor, i.JumlahBaris, Kesalahan = i.Temuans.Count(t => !t.Peringatan), Peringatan = i.Temuans.Count(t => t.Peringatan) })
                .ToDictionaryAsync(i => i.KontesPemiluId, ct);
            var daftar = new List<Kontes>();
            foreach (var k in semua
                .Where(k => impors.ContainsKey(k.Id) || DataKepemiluan.KontesDiWilayah(k, satker.Kode))
                .OrderByDescending(k => k.Acara.Tanggal).ThenBy(k => k.Nama, StringComparer.Ordinal))
            {
                if (!impors.TryGetValue(k.Id, out var i))
                {
                    daftar.Add(new Kontes(k.Acara.Kode, k.Acara.Nama, k.Acara.Jenis, k.Acara.Tanggal, k.Kode, k.Nama, null, 0, 0, 0, null, null, null, null, null));
                    continue;
                }

                var total = await DataKepemiluan.TotalAsync(db, i.Id, ct);
                daftar.Add(new Kontes(
                    k.Acara.Kode, k.Acara.Nama, k.Acara.Jenis, k.Acara.Tanggal, k.Kode, k.Nama,
                    new ImporTerikat(satker.Kode, i.NamaBerkas, i.Diimpor), i.JumlahBaris, i.Kesalahan, i.Peringatan,
                    total.Nilai(KolomKepemiluan.Dpt), total.Nilai(KolomKepemiluan.Pengguna), total.Partisipasi(), total.PartisipasiP(), total.PangsaDpk()));
            }

            return new Hasil(satker.Kode, satker.Nama, daftar, pelaku.Boleh(Tindakan.MengelolaDataKepemiluan, satker.Id), await ImportRiwayatPartisipasi.RiwayatAsync(db, satker.Id, ct));
        }
    }
}
