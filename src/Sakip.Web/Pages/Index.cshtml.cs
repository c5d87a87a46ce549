using Microsoft.AspNetCore.Mvc;
using Sakip.App.Features.Beranda;
using Sakip.App.Features.Satkers;
using Sakip.Web.Halaman;

namespace Sakip.Web.Pages;

/// <summary>
/// The home page: the user's own satker in its year in force, and what waits for the user there
/// (an adapter over <see cref="GetBeranda"/>); another satker the user reads is chosen from a list.
/// </summary>
public class IndexModel(GetBeranda.Handler get, ListSatkers.Handler satkers, BawaanHalaman bawaan) : HalamanSakip
{
    [BindProperty(SupportsGet = true)]
    public string? Satker { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? Tahun { get; set; }

    public GetBeranda.Hasil? Data { get; private set; }

    /// <summary>The satker the user may read, for the picker.</summary>
    public IReadOnlyList<ListSatkers.Item> Satkers { get; private set; } = [];

    /// <summary>A task kind as the page says it.</summary>
    public static string NamaJenis(GetBeranda.JenisTugas jenis) => jenis switch
    {
        GetBeranda.JenisTugas.IsiRealisasi => "Realisasi yang perlu diisi",
        GetBeranda.JenisTugas.PerbaikiRealisasi => "Realisasi yang dikembalikan untuk diperbaiki",
        GetBeranda.JenisTugas.VerifikasiRealisasi => "Realisasi yang menunggu verifikasi Anda",
        GetBeranda.JenisTugas.RencanaAksiTanpaKemajuan => "Triwulan Rencana Aksi yang berakhir tanpa realisasi terverifikasi",
        GetBeranda.JenisTugas.IsiEvaluasi => "Evaluasi SAKIP yang menunggu jawaban Anda",
        GetBeranda.JenisTugas.TindakLanjutRekomendasi => "Rekomendasi evaluasi SAKIP yang perlu ditindaklanjuti",
        GetBeranda.JenisTugas.TerimaTindakLanjut => "Tindak lanjut rekomendasi yang menunggu penerimaan Anda",
        _ => "Perjanjian Kinerja yang menunggu tanda tangan Anda",
    };

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        Satkers = (await satkers.HandleAsync(Pelaku, new ListSatkers.Query(), ct)).Nilai ?? [];
        Satker ??= bawaan.SatkerUntuk(Pelaku);
        if (Satker.Length == 0)
        {
            Kesalahan = "Akun Anda belum memiliki hak akses pada satker mana pun. Hubungi administrator.";
            return Page();
        }

        Tahun ??= await bawaan.TahunAsync(Pelaku, Satker, ct);
        return Tampilkan(await get.HandleAsync(Pelaku, new GetBeranda.Query(Satker, Tahun.Value), ct), d => Data = d);
    }
}
