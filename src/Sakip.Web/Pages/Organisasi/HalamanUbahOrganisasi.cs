using Microsoft.AspNetCore.Mvc;
using Sakip.App;
using Sakip.App.Features.Organisasi;
using Sakip.App.Keamanan;
using Sakip.Web.Halaman;

namespace Sakip.Web.Pages.Organisasi;

/// <summary>
/// What the organisation's forms share: the satker, year and record from the address, the
/// organisation read through <see cref="GetOrganisasi"/>, a refusal (403) for a user who may read
/// but not keep it, and the way back to <c>/Organisasi</c> with what was done.
/// </summary>
public abstract class HalamanUbahOrganisasi(GetOrganisasi.Handler get) : HalamanSakip
{
    [BindProperty(SupportsGet = true)]
    public string Satker { get; set; } = string.Empty;

    [BindProperty(SupportsGet = true)]
    public int Tahun { get; set; }

    /// <summary>The record changed; null to add one.</summary>
    [BindProperty(SupportsGet = true)]
    public int? Id { get; set; }

    public GetOrganisasi.Hasil? Data { get; private set; }

    /// <summary>Reads the organisation; <paramref name="isi"/> fills the form from it (on the first GET only). A missing record answers 404.</summary>
    protected async Task<IActionResult> TampilAsync(Func<GetOrganisasi.Hasil, Gagal?> isi, CancellationToken ct) =>
        Tampilkan(await get.HandleAsync(Pelaku, new GetOrganisasi.Query(Satker, Tahun), ct), d =>
        {
            if (!d.BolehUbah)
            {
                Tolak(Izin.Tolak(Tindakan.MengelolaOrganisasi, d.NamaSatker));
                return;
            }

            if (isi(d) is { } gagal)
            {
                Tolak(gagal);
                return;
            }

            Data = d;
        });

    /// <summary>
    /// The record the address names among <paramref name="daftar"/>: none asked, nothing to do; not
    /// there, <paramref name="tidakAda"/> (404); there, <paramref name="isi"/> fills the form on the
    /// first GET (<paramref name="isiUlang"/>), while a form shown again keeps what was typed.
    /// </summary>
    protected Gagal? Cari<T>(IEnumerable<T> daftar, Func<T, int> id, string tidakAda, bool isiUlang, Action<T> isi)
    {
        if (Id is null)
        {
            return null;
        }

        if (daftar.SingleOrDefault(x => id(x) == Id) is not { } baris)
        {
            return Gagal.TidakDitemukan(tidakAda);
        }

        if (isiUlang)
        {
            isi(baris);
        }

        return null;
    }

    /// <summary>Saves through <paramref name="simpan"/> unless a value could not be read; then back to the organisation, or the form again with what is wrong.</summary>
    protected async Task<IActionResult> SimpanAsync<T>(Func<Task<Jawaban<T>>> simpan, string pesan, string bagian, Func<Task<IActionResult>> tampilUlang, string awalanBidang)
    {
        if (TidakTerbaca())
        {
            var halaman = await tampilUlang();
            Tolak(Gagal.TidakSah(Gagal.PesanPeriksaIsian));
            return halaman;
        }

        return await SelesaikanAsync(
            await simpan(),
            _ => pesan,
            _ => Redirect($"/Organisasi?satker={Uri.EscapeDataString(Satker)}&tahun={Tahun}#{bagian}"),
            tampilUlang,
            awalanBidang);
    }
}
