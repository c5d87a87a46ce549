using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Sakip.App.Data;
using Sakip.App.Entities;
using Sakip.App.Keamanan;
using Sakip.Domain.Kepemiluan;

namespace Sakip.App.Features.Kepemiluan;

/// <summary>
/// KPU RI records an election contest (issue 12, item 1): its event (created with the first
/// contest: code, name, kind and voting day), the contest's code, name and region, and its
/// candidate pairs or parties by nomor urut. Satker then import its figures. By an operator or
/// administrator of KPU RI (election contests are national reference data); a contest's
/// candidates are fixed once a satker has imported figures for it.
/// </summary>
public static class CreateKontesPemilu
{
    /// <param name="KodeAcara">The event's code (<c>pilkada-2024</c>).</param>
    /// <param name="NamaAcara">The event's name, for a new event.</param>
    /// <param name="Jenis">pemilu or pilkada, for a new event.</param>
    /// <param name="Tanggal">The voting day, for a new event.</param>
    /// <param name="KodeKontes">The contest's code within the event (<c>bupati-1801</c>).</param>
    /// <param name="NamaKontes">The contest's name.</param>
    /// <param name="KodeWilayah">The region it is held in; null or empty for a nation-wide contest.</param>
    /// <param name="Calons">The candidates in nomor urut order.</param>
    public sealed record Command(string KodeAcara, string? NamaAcara, string? Jenis, DateOnly? Tanggal, string KodeKontes, string NamaKontes, string? KodeWilayah, IReadOnlyList<string> Calons);

    /// <param name="KodeAcara">The event.</param>
    /// <param name="KodeKontes">The contest.</param>
    /// <param name="AcaraBaru">The event was created with it.</param>
    public sealed record Hasil(string KodeAcara, string KodeKontes, bool AcaraBaru);

    public sealed class Handler(SakipDbContext db)
    {
        public async Task<Jawaban<Hasil>> HandleAsync(AksesPengguna pelaku, Command c, CancellationToken ct)
        {
            var boleh = await Izin.SatkerAsync(db, pelaku, Satker.KodePusat, Tindakan.MengelolaDataKepemiluan, ct);
            if (boleh.Nilai is null)
            {
                return boleh.Kegagalan!;
            }

            var salah = new List<Kesalahan>();
            var kodeAcara = c.KodeAcara.Trim().ToLowerInvariant();
            var kodeKontes = c.KodeKontes.Trim().ToLowerInvariant();
            foreach (var (bidang, kode) in new[] { (nameof(Command.KodeAcara), kodeAcara), (nameof(Command.KodeKontes), kodeKontes) })
            {
                if (kode.Length is 0 or > 40 || !kode.All(ch => char.IsAsciiLetterLower(ch) || char.IsAsciiDigit(ch) || ch == '-'))
                {
                    salah.Add(new(bidang, $"Kode '{TeksRingkas.Potong(kode, 40)}' harus 1-40 huruf kecil, angka atau tanda hubung, misalnya pilkada-2024 atau bupati-1801."));
                }
            }

            if (string.IsNullOrWhiteSpace(c.NamaKontes) || c.NamaKontes.Trim().Length > 200)
            {
                salah.Add(new(nameof(Command.NamaKontes), "Isi nama pemilihan (paling panjang 200 karakter)."));
            }

            string? wilayah = null;
            if (!string.IsNullOrWhiteSpace(c.KodeWilayah))
            {
                if (!KodeWilayah.TryBaca(c.KodeWilayah, out var kw, out var salahKode) || kw.Tingkat > TingkatWilayah.KabupatenKota)
                {
                    salah.Add(new(nameof(Command.KodeWilayah), salahKode ?? "Pemilihan diselenggarakan di provinsi (2 angka) atau kabupaten/kota (4 angka)."));
                }
                else
                {
                    wilayah = kw.Kode;
                }
            }

            var calons = c.Calons.Select(x => x.Trim()).ToList();
            if (calons.Any(x => x.Length is 0 or > 300))
            {
                salah.Add(new(nameof(Command.Calons), "Setiap calon harus bernama (paling panjang 300 karakter)."));
            }

            var acara = await db.AcaraPemilus.Include(a => a.Kontes).ThenInclude(k => k.Calons).SingleOrDefaultAsync(a => a.Kode == kodeAcara, ct);
            JenisPemilihan jenis = default;
            if (acara is null)
            {
                if (string.IsNullOrWhiteSpace(c.NamaAcara) || c.NamaAcara.Trim().Length > 200)
                {
                    salah.Add(new(nameof(Command.NamaAcara), $"Acara '{kodeAcara}' belum ada; isi namanya untuk membuatnya (paling panjang 200 karakter)."));
                }

                if (!Enum.TryParse(c.Jenis?.Trim(), ignoreCase: true, out jenis) || !Enum.IsDefined(jenis) || int.TryParse(c.Jenis, NumberStyles.None, CultureInfo.InvariantCulture, out _))
                {
                    salah.Add(new(nameof(Command.Jenis), "Jenis acara harus pemilu atau pilkada."));
                }

                if (c.Tanggal is not { Year: >= 2000 and <= 2100 })
                {
                    salah.Add(new(nameof(Command.Tanggal), "Isi tanggal pemungutan suara acara ini."));
                }
            }

            if (salah.Count > 0)
            {
                return Gagal.TidakSah(salah);
            }

            var baru = acara is null;
            acara ??= new AcaraPemilu { Kode = kodeAcara, Nama = c.NamaAcara!.Trim(), Jenis = jenis, Tanggal = c.Tanggal!.Value };
            var kontes = acara.Kontes.SingleOrDefault(k => k.Kode == kodeKontes);
            if (kontes is null)
            {
                kontes = new KontesPemilu { Kode = kodeKontes, Nama = c.NamaKontes.Trim() };
                acara.Kontes.Add(kontes);
            }
            else if (kontes.Id != 0 && await db.ImporKepemiluans.AnyAsync(i => i.KontesPemiluId == kontes.Id, ct) && !kontes.Calons.OrderBy(x => x.NomorUrut).Select(x => x.Nama).SequenceEqual(calons))
            {
                return Gagal.Konflik($"Data {kontes.Nama} sudah diimpor; calonnya tidak dapat diubah lagi.");
            }

            kontes.Nama = c.NamaKontes.Trim();
            kontes.KodeWilayah = wilayah;
            if (!kontes.Calons.OrderBy(x => x.NomorUrut).Select(x => x.Nama).SequenceEqual(calons))
            {
                kontes.Calons.Clear();
                kontes.Calons.AddRange(calons.Select((nama, i) => new CalonKontes { NomorUrut = i + 1, Nama = nama }));
            }

            if (baru)
            {
                db.AcaraPemilus.Add(acara);
            }

            return await db.SimpanAsync(() => new Hasil(acara.Kode, kontes.Kode, baru), ct, $"Pemilihan {kodeKontes} baru saja dicatat oleh pengguna lain.");
        }
    }
}
