using System.Net;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Sakip.App.Entities;
using Sakip.App.Keamanan;

namespace Sakip.Web.Tests.Keamanan;

/// <summary>
/// Every page and endpoint, for every role and for a user of another satker: what is allowed and
/// what is refused. A page without an entry here fails <see cref="EveryEndpoint_HasAnEntryInTheMatrix"/>.
/// </summary>
public class AuthorizationMatrixTests(SakipWebFactory factory) : IClassFixture<SakipWebFactory>
{
    /// <summary>Who asks: anonymous, the roles of KPU Kota Bandar Lampung, and an operator of another satker.</summary>
    public static readonly string[] Penanya = ["anonim", "admin.1871", "operator.1871", "pimpinan.1871", "evaluator.1871", "pemantau.1871", "operator.1801"];

    private const HttpStatusCode Ok = HttpStatusCode.OK;
    private const HttpStatusCode Masuk = HttpStatusCode.Redirect;   // to the sign-in page
    private const HttpStatusCode Tolak = HttpStatusCode.Forbidden;

    /// <summary>Route -> the URL to try -> expected status per asker, in the order of <see cref="Penanya"/>.</summary>
    private static readonly Dictionary<string, (string Url, HttpStatusCode[] Harapan)> Matriks = new()
    {
        [""] = ("/", [Masuk, Ok, Ok, Ok, Ok, Ok, Ok]),
        ["Masuk"] = ("/Masuk", [Ok, Ok, Ok, Ok, Ok, Ok, Ok]),
        ["Akun"] = ("/Akun", [Masuk, Ok, Ok, Ok, Ok, Ok, Ok]),
        ["Pemberitahuan"] = ("/Pemberitahuan", [Masuk, Ok, Ok, Ok, Ok, Ok, Ok]),
        ["Keluar"] = ("/Keluar", [Masuk, Ok, Ok, Ok, Ok, Ok, Ok]),
        ["Error"] = ("/Error", [Ok, Ok, Ok, Ok, Ok, Ok, Ok]),
        ["Capaian"] = ("/Capaian?satker=1871&tahun=2024", [Masuk, Ok, Ok, Ok, Ok, Ok, Tolak]),
        ["Pengawasan"] = ("/Pengawasan?satker=1871&tahun=2024", [Masuk, Ok, Ok, Ok, Ok, Ok, Tolak]),
        ["Pengguna"] = ("/Pengguna", [Masuk, Ok, Tolak, Ok, Tolak, Tolak, Tolak]),
        ["Pengguna/Tambah"] = ("/Pengguna/Tambah", [Masuk, Ok, Tolak, Ok, Tolak, Tolak, Tolak]),
        ["Realisasi"] = ("/Realisasi?satker=1871&tahun=2024", [Masuk, Ok, Ok, Ok, Ok, Ok, Tolak]),
        ["Realisasi/Isi"] = ("/Realisasi/Isi?indikator={ind}&periode=1", [Masuk, Ok, Ok, Ok, Ok, Ok, Tolak]),
        ["PerjanjianKinerja"] = ("/PerjanjianKinerja?satker=1871&tahun=2024", [Masuk, Ok, Ok, Ok, Ok, Ok, Tolak]),
        ["PerjanjianKinerja/Lihat"] = ("/PerjanjianKinerja/Lihat?id={pk}", [Masuk, Ok, Ok, Ok, Ok, Ok, Tolak]),
        ["PerjanjianKinerja/RencanaAksi"] = ("/PerjanjianKinerja/RencanaAksi?id={pk}", [Masuk, Ok, Ok, Ok, Ok, Ok, Tolak]),
        ["Renstra"] = ("/Renstra?satker=1871", [Masuk, Ok, Ok, Ok, Ok, Ok, Tolak]),
        ["Audit"] = ("/Audit?satker=1871", [Masuk, Ok, Tolak, Ok, Ok, Tolak, Tolak]),
        ["Realisasi/Bukti"] = ("/Realisasi/Bukti?id=0", [Masuk, HttpStatusCode.NotFound, HttpStatusCode.NotFound, HttpStatusCode.NotFound, HttpStatusCode.NotFound, HttpStatusCode.NotFound, HttpStatusCode.NotFound]),
        ["Realisasi/Unggah"] = ("/Realisasi/Unggah?satker=1871&tahun=2024", [Masuk, Ok, Ok, Tolak, Tolak, Tolak, Tolak]),
        ["Rkt"] = ("/Rkt?satker=1871&tahun=2024", [Masuk, Ok, Ok, Ok, Ok, Ok, Tolak]),
        ["Rkt/Indikator"] = ("/Rkt/Indikator?satker=1871&tahun=2024&sasaran=0", [Masuk, HttpStatusCode.NotFound, HttpStatusCode.NotFound, Tolak, Tolak, Tolak, Tolak]),
        ["PerjanjianKinerja/Buat"] = ("/PerjanjianKinerja/Buat?satker=1871&tahun=2025", [Masuk, Ok, Ok, Ok, Tolak, Tolak, Tolak]),
        ["PerjanjianKinerja/Indikator"] = ("/PerjanjianKinerja/Indikator?pk={pkdraf}", [Masuk, Ok, Ok, Ok, Tolak, Tolak, Tolak]),
        ["Laporan"] = ("/Laporan?satker=1871&tahun=2024", [Masuk, Ok, Ok, Ok, Ok, Ok, Tolak]),
        ["Laporan/Lihat"] = ("/Laporan/Lihat?id={lap}", [Masuk, Ok, Ok, Ok, Ok, Ok, Tolak]),
        ["Laporan/Naratif"] = ("/Laporan/Naratif?id={lap}&bagian=pendahuluan", [Masuk, Ok, Ok, Ok, Ok, Ok, Tolak]),
        ["publik/{kode}/{tahun:int}"] = ("/publik/1871/2024", [Ok, Ok, Ok, Ok, Ok, Ok, Ok]),
        ["ManualIku"] = ("/ManualIku?satker=1871&tahun=2024", [Masuk, Ok, Ok, Ok, Ok, Ok, Tolak]),
        ["ManualIku/Ubah"] = ("/ManualIku/Ubah?satker=1871&tahun=2024&kode=1.1", [Masuk, Ok, Ok, Ok, Ok, Ok, Tolak]),
        ["Organisasi"] = ("/Organisasi?satker=1871&tahun=2024", [Masuk, Ok, Ok, Ok, Ok, Ok, Tolak]),
        ["Organisasi/Divisi"] = ("/Organisasi/Divisi?satker=1871&tahun=2024", [Masuk, Ok, Ok, Tolak, Tolak, Tolak, Tolak]),
        ["Organisasi/Pegawai"] = ("/Organisasi/Pegawai?satker=1871&tahun=2024", [Masuk, Ok, Ok, Tolak, Tolak, Tolak, Tolak]),
        ["Organisasi/Tim"] = ("/Organisasi/Tim?satker=1871&tahun=2024", [Masuk, Ok, Ok, Tolak, Tolak, Tolak, Tolak]),
        ["Organisasi/Anggota"] = ("/Organisasi/Anggota?satker=1871&tahun=2024", [Masuk, Ok, Ok, Tolak, Tolak, Tolak, Tolak]),
        ["Evaluasi"] = ("/Evaluasi?satker=1871&tahun=2024", [Masuk, Ok, Ok, Ok, Ok, Ok, Tolak]),
        ["Evaluasi/Rekomendasi"] = ("/Evaluasi/Rekomendasi?satker=1871&tahun=2024", [Masuk, Tolak, Tolak, Tolak, Ok, Tolak, Tolak]),
        ["Kepemiluan"] = ("/Kepemiluan?satker=1871", [Masuk, Ok, Ok, Ok, Ok, Ok, Tolak]),
        ["Kepemiluan/Rekap"] = ("/Kepemiluan/Rekap?satker=1871&acara=pilkada-2024&kontes=walikota-1871", [Masuk, Ok, Ok, Ok, Ok, Ok, Tolak]),
        ["Kepemiluan/Impor"] = ("/Kepemiluan/Impor?satker=1871&acara=pilkada-2024&kontes=walikota-1871", [Masuk, Ok, Ok, Tolak, Tolak, Tolak, Tolak]),
        ["Anggaran"] = ("/Anggaran?satker=1871&tahun=2024", [Masuk, Ok, Ok, Ok, Ok, Ok, Tolak]),
        ["Anggaran/Impor"] = ("/Anggaran/Impor?satker=1871&tahun=2024", [Masuk, Ok, Ok, Tolak, Tolak, Tolak, Tolak]),
        ["Evaluasi/TindakLanjut"] = ("/Evaluasi/TindakLanjut?satker=1871&tahun=2024&id=1", [Masuk, HttpStatusCode.NotFound, HttpStatusCode.NotFound, HttpStatusCode.NotFound, HttpStatusCode.NotFound, HttpStatusCode.NotFound, Tolak]),
        ["Evaluasi/Rekap"] = ("/Evaluasi/Rekap?satker=1871&tahun=2024", [Masuk, Ok, Ok, Ok, Ok, Ok, Tolak]),
        ["Evaluasi/Impor"] = ("/Evaluasi/Impor?satker=1871&tahun=2022", [Masuk, Tolak, Tolak, Tolak, Ok, Tolak, Tolak]),
        ["Evaluasi/Templat"] = ("/Evaluasi/Templat", [Masuk, Tolak, Tolak, Tolak, Tolak, Tolak, Tolak]),
        ["Evaluasi/Bukti"] = ("/Evaluasi/Bukti?id=0", [Masuk, HttpStatusCode.NotFound, HttpStatusCode.NotFound, HttpStatusCode.NotFound, HttpStatusCode.NotFound, HttpStatusCode.NotFound, HttpStatusCode.NotFound]),
        ["Evaluasi/Jawab"] = ("/Evaluasi/Jawab?satker=1871&tahun=2024&kode=1.a.1", [Masuk, HttpStatusCode.Conflict, HttpStatusCode.Conflict, HttpStatusCode.Conflict, HttpStatusCode.Conflict, HttpStatusCode.Conflict, Tolak]),
    };

    /// <summary>
    /// Named GET handlers (downloads): page route and handler -> the URL to try -> expected status
    /// per asker. An allowed download must answer with a workbook, never with the page.
    /// </summary>
    private static readonly Dictionary<string, (string Url, HttpStatusCode[] Harapan)> Unduhan = new()
    {
        ["Capaian?handler=Xlsx"] = ("/Capaian?handler=Xlsx&satker=1871&tahun=2024", [Masuk, Ok, Ok, Ok, Ok, Ok, Tolak]),
        ["Capaian?handler=Lkjip"] = ("/Capaian?handler=Lkjip&format=docx&satker=1871&tahun=2024", [Masuk, Ok, Ok, Ok, Ok, Ok, Tolak]),
        ["Capaian?handler=Triwulan"] = ("/Capaian?handler=Triwulan&triwulan=2&format=docx&satker=1871&tahun=2024", [Masuk, Ok, Ok, Ok, Ok, Ok, Tolak]),
        ["Pengawasan?handler=Xlsx"] = ("/Pengawasan?handler=Xlsx&satker=1871&tahun=2024", [Masuk, Ok, Ok, Ok, Ok, Ok, Tolak]),
        ["Realisasi?handler=Xlsx"] = ("/Realisasi?handler=Xlsx&satker=1871&tahun=2024", [Masuk, Ok, Ok, Ok, Ok, Ok, Tolak]),
        ["Realisasi/Unggah?handler=Templat"] = ("/Realisasi/Unggah?handler=Templat&satker=1871&tahun=2024", [Masuk, Ok, Ok, Ok, Ok, Ok, Tolak]),
        ["PerjanjianKinerja?handler=Xlsx"] = ("/PerjanjianKinerja?handler=Xlsx&satker=1871&tahun=2024", [Masuk, Ok, Ok, Ok, Ok, Ok, Tolak]),
        ["PerjanjianKinerja/Lihat?handler=Xlsx"] = ("/PerjanjianKinerja/Lihat?handler=Xlsx&id={pk}", [Masuk, Ok, Ok, Ok, Ok, Ok, Tolak]),
        ["PerjanjianKinerja/Lihat?handler=Dokumen"] = ("/PerjanjianKinerja/Lihat?handler=Dokumen&format=docx&id={pk}", [Masuk, Ok, Ok, Ok, Ok, Ok, Tolak]),
        ["PerjanjianKinerja/RencanaAksi?handler=Xlsx"] = ("/PerjanjianKinerja/RencanaAksi?handler=Xlsx&id={pk}", [Masuk, Ok, Ok, Ok, Ok, Ok, Tolak]),
        ["Renstra?handler=Xlsx"] = ("/Renstra?handler=Xlsx&satker=1871", [Masuk, Ok, Ok, Ok, Ok, Ok, Tolak]),
        ["Audit?handler=Xlsx"] = ("/Audit?handler=Xlsx&satker=1871", [Masuk, Ok, Tolak, Ok, Ok, Tolak, Tolak]),
        ["Pengguna?handler=Xlsx"] = ("/Pengguna?handler=Xlsx", [Masuk, Ok, Tolak, Ok, Tolak, Tolak, Tolak]),
        ["Rkt?handler=Xlsx"] = ("/Rkt?handler=Xlsx&satker=1871&tahun=2024", [Masuk, Ok, Ok, Ok, Ok, Ok, Tolak]),
        ["Rkt?handler=Dokumen"] = ("/Rkt?handler=Dokumen&format=docx&satker=1871&tahun=2024", [Masuk, Ok, Ok, Ok, Ok, Ok, Tolak]),
        ["PerjanjianKinerja/RencanaAksi?handler=Dokumen"] = ("/PerjanjianKinerja/RencanaAksi?handler=Dokumen&format=docx&id={pk}", [Masuk, Ok, Ok, Ok, Ok, Ok, Tolak]),
        ["Laporan/Lihat?handler=Dokumen"] = ("/Laporan/Lihat?handler=Dokumen&format=docx&id={lap}", [Masuk, Ok, Ok, Ok, Ok, Ok, Tolak]),
        ["ManualIku?handler=Dokumen"] = ("/ManualIku?handler=Dokumen&format=docx&satker=1871&tahun=2024", [Masuk, Ok, Ok, Ok, Ok, Ok, Tolak]),
        ["Evaluasi/Rekap?handler=Xlsx"] = ("/Evaluasi/Rekap?handler=Xlsx&satker=1871&tahun=2024", [Masuk, Ok, Ok, Ok, Ok, Ok, Tolak]),
        ["Kepemiluan/Rekap?handler=Xlsx"] = ("/Kepemiluan/Rekap?handler=Xlsx&satker=1871&acara=pilkada-2024&kontes=walikota-1871", [Masuk, Ok, Ok, Ok, Ok, Ok, Tolak]),
        ["Kepemiluan/Impor?handler=Templat"] = ("/Kepemiluan/Impor?handler=Templat", [Masuk, Ok, Ok, Ok, Ok, Ok, Ok]),
        ["Anggaran?handler=Unduh"] = ("/Anggaran?handler=Unduh&satker=1871&tahun=2024", [Masuk, Ok, Ok, Ok, Ok, Ok, Tolak]),
        ["Anggaran/Impor?handler=Templat"] = ("/Anggaran/Impor?handler=Templat", [Masuk, Ok, Ok, Ok, Ok, Ok, Ok]),
        ["Evaluasi?handler=Lhe"] = ("/Evaluasi?handler=Lhe&format=xlsx&satker=1871&tahun=2024", [Masuk, Ok, Ok, Ok, Ok, Ok, Tolak]),
        ["publik/{kode}/{tahun:int}?handler=Berkas"] = ("/publik/1871/2024?handler=Berkas&jenis=pk&nomor={pk}&format=docx", [Ok, Ok, Ok, Ok, Ok, Ok, Ok]),
    };

    /// <summary>
    /// The action each page (and its download) needs on the satker it shows, as declared in the
    /// permission table <see cref="Izin.Tabel"/>; null for pages every signed-in user opens.
    /// </summary>
    private static readonly Dictionary<string, Tindakan?> IzinHalaman = new()
    {
        [""] = null,
        ["Masuk"] = null,
        ["Akun"] = null,
        ["Pemberitahuan"] = null,
        ["Keluar"] = null,
        ["Error"] = null,
        ["Capaian"] = Tindakan.Membaca,
        ["Pengawasan"] = Tindakan.Membaca,
        ["Pengguna"] = Tindakan.MengelolaPengguna,
        ["Pengguna/Tambah"] = Tindakan.MengelolaPengguna,
        ["Realisasi"] = Tindakan.Membaca,
        ["Realisasi/Isi"] = Tindakan.Membaca,
        ["PerjanjianKinerja"] = Tindakan.Membaca,
        ["PerjanjianKinerja/Lihat"] = Tindakan.Membaca,
        ["PerjanjianKinerja/RencanaAksi"] = Tindakan.Membaca,
        ["Renstra"] = Tindakan.Membaca,
        ["Audit"] = Tindakan.MembacaJejakAudit,
        ["Realisasi/Bukti"] = Tindakan.Membaca,
        ["Realisasi/Unggah"] = Tindakan.MengisiRealisasi,
        ["Rkt"] = Tindakan.Membaca,
        ["Rkt/Indikator"] = Tindakan.MenyusunRkt,
        ["PerjanjianKinerja/Buat"] = Tindakan.MenyusunRencana,
        ["PerjanjianKinerja/Indikator"] = Tindakan.MenyusunRencana,
        ["Laporan"] = Tindakan.Membaca,
        ["Laporan/Lihat"] = Tindakan.Membaca,
        ["Laporan/Naratif"] = Tindakan.Membaca,
        ["publik/{kode}/{tahun:int}"] = null,
        ["ManualIku"] = Tindakan.Membaca,
        ["ManualIku/Ubah"] = Tindakan.Membaca,
        ["Organisasi"] = Tindakan.Membaca,
        ["Organisasi/Divisi"] = Tindakan.MengelolaOrganisasi,
        ["Organisasi/Pegawai"] = Tindakan.MengelolaOrganisasi,
        ["Organisasi/Tim"] = Tindakan.MengelolaOrganisasi,
        ["Organisasi/Anggota"] = Tindakan.MengelolaOrganisasi,
        ["Evaluasi"] = Tindakan.Membaca,
        ["Evaluasi/Jawab"] = Tindakan.Membaca,
        ["Evaluasi/Rekap"] = Tindakan.Membaca,
        ["Evaluasi/Rekomendasi"] = Tindakan.MengevaluasiAkip,
        ["Evaluasi/Impor"] = Tindakan.MengevaluasiAkip,
        ["Evaluasi/Bukti"] = Tindakan.Membaca,
        ["Evaluasi/Templat"] = Tindakan.MengelolaTemplatLke,
        ["Evaluasi/TindakLanjut"] = Tindakan.Membaca,
        ["Kepemiluan"] = Tindakan.Membaca,
        ["Kepemiluan/Rekap"] = Tindakan.Membaca,
        ["Kepemiluan/Impor"] = Tindakan.MengelolaDataKepemiluan,
        ["Anggaran"] = Tindakan.Membaca,
        ["Anggaran/Impor"] = Tindakan.MengelolaAnggaran,
    };

    /// <summary>The role each asker holds on KPU Kota Bandar Lampung (none for the other satker's operator and for anonymous).</summary>
    private static Peran? PeranPenanya(string penanya) => penanya switch
    {
        "admin.1871" => Peran.Administrator,
        "operator.1871" => Peran.Operator,
        "pimpinan.1871" => Peran.Pimpinan,
        "evaluator.1871" => Peran.Evaluator,
        "pemantau.1871" => Peran.Pemantau,
        _ => null,
    };

    /// <summary>
    /// The matrix agrees with the permission table: a signed-in asker is refused (403) exactly
    /// where the table gives their role no right to the page's action.
    /// </summary>
    [Fact]
    public void TheMatrix_AgreesWithThePermissionTable()
    {
        Assert.Equal(Matriks.Keys.Order(StringComparer.Ordinal), IzinHalaman.Keys.Order(StringComparer.Ordinal));
        // Evidence never discloses whether it exists: refused and missing both answer 404 (GetBukti).
        // The national LKE templates are checked on KPU RI, not on the satker of the askers' roles.
        foreach (var (route, tindakan) in IzinHalaman.Where(i => i.Value is not null && i.Key is not ("Realisasi/Bukti" or "Evaluasi/Bukti" or "Evaluasi/Templat")))
        {
            for (var i = 0; i < Penanya.Length; i++)
            {
                if (Penanya[i] == "anonim")
                {
                    continue;
                }

                var boleh = PeranPenanya(Penanya[i]) is { } peran && Izin.Tabel[tindakan!.Value].Perans.Contains(peran);
                Assert.True(boleh == (Matriks[route].Harapan[i] != Tolak), $"{Penanya[i]} pada {route}: tabel izin {(boleh ? "membolehkan" : "menolak")} {tindakan}, matriks mengharapkan {Matriks[route].Harapan[i]}.");
            }
        }
    }

    /// <summary>Every POST handler: without an antiforgery token it is refused before any work.</summary>
    private static readonly string[] Formulir =
    [
        "/Masuk", "/Keluar", "/Akun", "/Akun?handler=Surel", "/Pemberitahuan?handler=Buka&id=1", "/Pemberitahuan?handler=Semua", "/Realisasi?handler=Tenggat", "/Pengguna?handler=TambahHak", "/Pengguna?handler=CabutHak", "/Pengguna?handler=Status", "/Pengguna?handler=KataSandi", "/Pengguna/Tambah",
        "/Realisasi/Isi?indikator=1&periode=1&handler=Simpan", "/Realisasi/Isi?indikator=1&periode=1&handler=Ajukan",
        "/Realisasi/Isi?indikator=1&periode=1&handler=Ikat", "/Realisasi/Isi?indikator=1&periode=1&handler=Verifikasi", "/Realisasi/Isi?indikator=1&periode=1&handler=Kembalikan",
        "/PerjanjianKinerja?handler=Tandatangani", "/PerjanjianKinerja?handler=Ubah", "/PerjanjianKinerja/Lihat?id=1", "/PerjanjianKinerja/RencanaAksi?id=1", "/Renstra?handler=Rujuk", "/Renstra?handler=Buat", "/Renstra?handler=Pernyataan", "/Renstra?handler=Sasaran", "/Renstra?handler=Indikator", "/Realisasi?handler=Tutup", "/Realisasi?handler=Buka",
        "/Realisasi/Unggah?handler=Periksa", "/Realisasi/Unggah?handler=Terapkan",
        "/Rkt?handler=Buat", "/Rkt?handler=Sasaran", "/Rkt?handler=Program", "/Rkt?handler=HapusProgram",
        "/Rkt/Indikator?satker=1871&tahun=2024&sasaran=1", "/Rkt/Indikator?satker=1871&tahun=2024&sasaran=1&handler=Hapus",
        "/PerjanjianKinerja/Buat", "/PerjanjianKinerja/Indikator?pk=1", "/PerjanjianKinerja/Indikator?pk=1&handler=Hapus", "/PerjanjianKinerja/Lihat?id=1&handler=Kepala",
        "/Laporan?handler=Buat", "/Laporan/Naratif?id=1&bagian=pendahuluan", "/Laporan/Lihat?id=1&handler=Ajukan", "/Laporan/Lihat?id=1&handler=Catat", "/Laporan/Lihat?id=1&handler=Tandatangani",
        "/Laporan/Lihat?id=1&handler=Kembalikan", "/Laporan/Lihat?id=1&handler=Setujui", "/Laporan/Lihat?id=1&handler=Terbitkan",
        "/ManualIku/Ubah?satker=1871&tahun=2024&kode=1.1",
        "/Organisasi/Divisi?satker=1871&tahun=2024", "/Organisasi/Divisi?satker=1871&tahun=2024&id=1&handler=Hapus", "/Organisasi/Pegawai?satker=1871&tahun=2024",
        "/Organisasi/Tim?satker=1871&tahun=2024", "/Organisasi/Anggota?satker=1871&tahun=2024", "/Organisasi/Anggota?satker=1871&tahun=2024&id=1&handler=Hapus",
        "/Evaluasi?satker=1871&tahun=2024&handler=Buka", "/Evaluasi?satker=1871&tahun=2024&handler=Ajukan", "/Evaluasi/Jawab?satker=1871&tahun=2024&kode=1.a.1",
        "/Evaluasi/Rekomendasi?satker=1871&tahun=2024", "/Evaluasi/Rekomendasi?satker=1871&tahun=2024&id=1&handler=Hapus",
        "/Evaluasi/TindakLanjut?satker=1871&tahun=2024&id=1", "/Evaluasi/TindakLanjut?satker=1871&tahun=2024&id=1&handler=Ajukan",
        "/Evaluasi/TindakLanjut?satker=1871&tahun=2024&id=1&handler=Terima", "/Evaluasi/TindakLanjut?satker=1871&tahun=2024&id=1&handler=Kembalikan",
        "/Evaluasi/Impor?satker=1871&tahun=2022",
        "/Evaluasi/Templat?handler=Salin", "/Evaluasi/Templat?kode=kpu&handler=Ubah",
        "/Kepemiluan/Impor?satker=1871&acara=pilkada-2024&kontes=walikota-1871",
        "/Anggaran?satker=1871&tahun=2024&handler=Simonika", "/Anggaran?satker=1871&tahun=2024&handler=Ikat", "/Anggaran?satker=1871&tahun=2024&handler=Tautkan", "/Anggaran/Impor?satker=1871&tahun=2024", "/Anggaran/Impor?satker=1871&tahun=2024&handler=Revisi",
        "/Evaluasi/Jawab?satker=1871&tahun=2024&kode=1.a.1&handler=Bukti", "/Evaluasi/Jawab?satker=1871&tahun=2024&kode=1.a.1&handler=HapusBukti&id=1",
    ];

    [Fact]
    public void EveryEndpoint_HasAnEntryInTheMatrix()
    {
        var routes = factory.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Select(e => e.RoutePattern.RawText!.TrimStart('/'))
            .Where(r => !r.EndsWith("/Index", StringComparison.Ordinal) && r != "Index")
            .Distinct()
            .ToList();

        Assert.NotEmpty(routes);
        Assert.All(routes, r => Assert.True(Matriks.ContainsKey(r), $"Halaman '{r}' belum ada di matriks otorisasi."));
        Assert.All(Matriks.Keys, k => Assert.Contains(k, routes));
    }

    /// <summary>
    /// Every handler method of every page model: a named GET handler needs an entry in
    /// <see cref="Unduhan"/>, every POST handler one in <see cref="Formulir"/>.
    /// </summary>
    [Fact]
    public void EveryHandlerMethod_HasAnEntry()
    {
        var handlers = typeof(Program).Assembly.GetTypes()
            .Where(t => t.IsSubclassOf(typeof(Microsoft.AspNetCore.Mvc.RazorPages.PageModel)) && t.Namespace!.StartsWith("Sakip.Web.Pages", StringComparison.Ordinal))
            .SelectMany(t => t.GetMethods(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Instance | System.Reflection.BindingFlags.DeclaredOnly)
                .Select(m => System.Text.RegularExpressions.Regex.Match(m.Name, "^On(Get|Post)(.*?)(Async)?$"))
                .Where(m => m.Success)
                .Select(m => (Route: Route(t), Verb: m.Groups[1].Value, Nama: m.Groups[2].Value)))
            .Distinct()
            .ToList();

        Assert.True(handlers.Count > 20, $"only {handlers.Count} handlers found");

        // A page with its own route template (the public page) is listed under that template.
        var templat = factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Select(e => (Halaman: e.Metadata.GetMetadata<Microsoft.AspNetCore.Mvc.RazorPages.PageActionDescriptor>()?.ViewEnginePath, Pola: e.RoutePattern.RawText!.TrimStart('/')))
            .Where(x => x.Halaman is not null && x.Pola.Contains('{', StringComparison.Ordinal))
            .ToDictionary(x => x.Halaman!.TrimStart('/').Replace("/Index", string.Empty, StringComparison.Ordinal), x => x.Pola, StringComparer.OrdinalIgnoreCase);
        foreach (var (halaman, verb, nama) in handlers)
        {
            var route = templat.GetValueOrDefault(halaman, halaman);
            if (verb == "Get")
            {
                Assert.True(nama.Length == 0 ? Matriks.ContainsKey(route) : Unduhan.ContainsKey($"{route}?handler={nama}"), $"GET {route} {nama} belum ada di matriks otorisasi.");
            }
            else
            {
                Assert.True(
                    Formulir.Any(f => f.Split('?')[0] == "/" + route && (nama.Length == 0 ? !f.Contains("handler=", StringComparison.Ordinal) : f.Contains("handler=" + nama, StringComparison.Ordinal))),
                    $"POST {route} {nama} belum ada di daftar formulir.");
            }
        }
    }

    /// <summary>The route of a page model: <c>Sakip.Web.Pages.Realisasi.UnggahModel</c> is <c>Realisasi/Unggah</c>, an Index is its folder.</summary>
    private static string Route(Type t)
    {
        var bagian = t.Namespace!["Sakip.Web.Pages".Length..].Split('.', StringSplitOptions.RemoveEmptyEntries).ToList();
        var nama = t.Name[..^"Model".Length];
        if (nama != "Index")
        {
            bagian.Add(nama);
        }

        return string.Join('/', bagian);
    }

    public static TheoryData<string, int> Kasus() => KasusDari(Matriks.Keys);

    public static TheoryData<string, int> KasusUnduhan() => KasusDari(Unduhan.Keys);

    private static TheoryData<string, int> KasusDari(IEnumerable<string> kunci)
    {
        var data = new TheoryData<string, int>();
        foreach (var route in kunci)
        {
            for (var i = 0; i < Penanya.Length; i++)
            {
                data.Add(route, i);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(KasusUnduhan))]
    public async Task Download_IsAllowedOrRefusedAsTheMatrixSays(string handler, int penanya)
    {
        var respons = await MintaAsync(Unduhan[handler].Url, penanya);

        var harapan = Unduhan[handler].Harapan[penanya];
        Assert.True(harapan == respons.StatusCode, $"{Penanya[penanya]} GET {handler}: diharapkan {harapan}, didapat {respons.StatusCode}");
        var berkas = handler.EndsWith("handler=Dokumen", StringComparison.Ordinal) || handler.EndsWith("handler=Lkjip", StringComparison.Ordinal) || handler.EndsWith("handler=Triwulan", StringComparison.Ordinal) || handler.EndsWith("handler=Berkas", StringComparison.Ordinal) ? Sakip.App.Dokumen.BerkasDokumen.Docx : Sakip.App.Import.Bukti.JenisBerkas.Xlsx;
        Assert.Equal(harapan == Ok, respons.Content.Headers.ContentType?.MediaType == berkas);
    }

    private async Task<HttpResponseMessage> MintaAsync(string url, int penanya)
    {
        var client = Penanya[penanya] == "anonim"
            ? factory.CreateClient(new() { AllowAutoRedirect = false })
            : await factory.MasukAsync(Penanya[penanya]);
        url = url.Replace("{pk}", (await factory.PerjanjianAsync("1871")).ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        url = url.Replace("{ind}", (await factory.IndikatorAsync("1871", "1.1")).ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        if (url.Contains("{lap}", StringComparison.Ordinal))
        {
            url = url.Replace("{lap}", (await factory.LaporanAsync("1871")).ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        }

        if (url.Contains("{pkdraf}", StringComparison.Ordinal))
        {
            url = url.Replace("{pkdraf}", (await factory.DrafAsync("1871")).ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        }

        return await client.GetAsync(new Uri(url, UriKind.Relative));
    }

    [Theory]
    [MemberData(nameof(Kasus))]
    public async Task Get_IsAllowedOrRefusedAsTheMatrixSays(string route, int penanya)
    {
        var (url, harapan) = Matriks[route];
        var respons = await MintaAsync(url, penanya);

        Assert.True(harapan[penanya] == respons.StatusCode, $"{Penanya[penanya]} GET {url}: diharapkan {harapan[penanya]}, didapat {respons.StatusCode}");
        if (harapan[penanya] == Masuk && Penanya[penanya] == "anonim")
        {
            Assert.StartsWith("/Masuk?kembali=", respons.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        }
    }

    public static TheoryData<string> Formulirs()
    {
        var data = new TheoryData<string>();
        foreach (var f in Formulir)
        {
            data.Add(f);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Formulirs))]
    public async Task Post_WithoutAntiforgeryToken_IsRefused(string url)
    {
        var client = await factory.MasukAsync("admin.1871");

        var respons = await client.PostAsync(new Uri(url, UriKind.Relative), new FormUrlEncodedContent(new Dictionary<string, string> { ["x"] = "1" }));

        Assert.Equal(HttpStatusCode.BadRequest, respons.StatusCode);
    }
}
