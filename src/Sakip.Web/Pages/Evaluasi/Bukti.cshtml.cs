using Microsoft.AspNetCore.Mvc;
using Sakip.App.Features.Evaluasi;
using Sakip.Web.Halaman;

namespace Sakip.Web.Pages.Evaluasi;

/// <summary>Downloads an evaluation's evidence file as an attachment with its sniffed content type: an adapter over <see cref="GetBuktiEvaluasi"/>.</summary>
public class BuktiModel(GetBuktiEvaluasi.Handler get) : HalamanSakip
{
    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var jawaban = await get.HandleAsync(Pelaku, new GetBuktiEvaluasi.Query(id), ct);
        return jawaban.Nilai is { } b ? File(b.Isi, b.JenisKonten, b.NamaUnduhan) : StatusCode(StatusKegagalan.Kode(jawaban.Kegagalan!.Jenis));
    }
}
