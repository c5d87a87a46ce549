using Microsoft.AspNetCore.Mvc;
using Sakip.App.Features.Realisasi;
using Sakip.Web.Halaman;

namespace Sakip.Web.Pages.Realisasi;

/// <summary>Downloads an evidence file as an attachment with its sniffed content type: an adapter over <see cref="GetBukti"/>.</summary>
public class BuktiModel(GetBukti.Handler get) : HalamanSakip
{
    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var jawaban = await get.HandleAsync(Pelaku, new GetBukti.Query(id), ct);
        return jawaban.Nilai is { } b ? File(b.Isi, b.JenisKonten, b.NamaUnduhan) : StatusCode(StatusKegagalan.Kode(jawaban.Kegagalan!.Jenis));
    }
}
