namespace Sakip.Web.Halaman;

/// <summary>Uploaded evidence files read into memory for a use case (the request size limit of the page has already bounded them; the use case checks each again).</summary>
public static class BerkasUnggah
{
    public static async Task<IReadOnlyList<(string Nama, byte[] Isi)>> BacaAsync(IEnumerable<IFormFile> berkas, CancellationToken ct)
    {
        var hasil = new List<(string, byte[])>();
        foreach (var f in berkas.Where(f => f.Length > 0))
        {
            using var ms = new MemoryStream();
            await f.CopyToAsync(ms, ct);
            hasil.Add((f.FileName, ms.ToArray()));
        }

        return hasil;
    }
}
