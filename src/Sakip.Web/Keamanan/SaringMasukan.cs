using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ModelBinding.Metadata;
using Sakip.Domain.Periode;

namespace Sakip.Web.Keamanan;

/// <summary>
/// The one check every query-string and form value passes before a page handler runs (issue 7,
/// item 7): a value that cannot be what its field is (a year written "abc", a period kind
/// "Foo", a number for an enum that has no such member) and a year outside
/// <see cref="Periode.TahunPertama"/>-<see cref="Periode.TahunTerakhir"/> are answered with 400 on a
/// GET and 422 on a POST, with a message in Bahasa Indonesia naming the field, as are a query-string
/// value longer than <see cref="PanjangKueriMaksimum"/> and any value holding a control character
/// (PostgreSQL refuses NUL); the handler
/// never runs, so nothing is written. Validation of what a form says (required fields, rules of the
/// use case) stays with the form and its use case.
/// </summary>
public sealed class SaringMasukan : IAsyncPageFilter
{
    /// <summary>The key of <see cref="HttpContext.Items"/> that carries the message to the error page.</summary>
    public const string KunciPesan = "sakip:pesan-masukan";

    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        if ((PeriksaKueri(context.HttpContext.Request.Query) ?? Periksa(context.ModelState)) is { } pesan)
        {
            var http = context.HttpContext;
            http.Items[KunciPesan] = pesan;
            context.Result = new StatusCodeResult(HttpMethods.IsGet(http.Request.Method) || HttpMethods.IsHead(http.Request.Method)
                ? StatusCodes.Status400BadRequest
                : StatusCodes.Status422UnprocessableEntity);
            return;
        }

        await next();
    }

    /// <summary>The longest value of a query-string parameter: satker codes, years, ids and return addresses are short.</summary>
    public const int PanjangKueriMaksimum = 200;

    /// <summary>A query-string value longer than <see cref="PanjangKueriMaksimum"/>, described; null when none is.</summary>
    internal static string? PeriksaKueri(IQueryCollection kueri)
    {
        foreach (var (kunci, nilai) in kueri)
        {
            if (kunci.Length > PanjangKueriMaksimum || nilai.Any(v => v?.Length > PanjangKueriMaksimum))
            {
                return $"Isian '{Kutip(kunci)[1..^1]}' pada alamat terlalu panjang (paling panjang {PanjangKueriMaksimum} karakter).";
            }

            if (KarakterKendali(kunci) || nilai.Any(v => v is not null && KarakterKendali(v)))
            {
                return $"Isian '{Kutip(kunci)[1..^1]}' pada alamat memuat karakter yang tidak sah (karakter kendali seperti NUL).";
            }
        }

        return null;
    }

    /// <summary>The first malformed value, described; null when every value is well-formed.</summary>
    internal static string? Periksa(ModelStateDictionary modelState)
    {
        foreach (var (kunci, entri) in modelState)
        {
            var nama = kunci.Split('.')[^1];
            if (string.Equals(nama, "Tahun", StringComparison.OrdinalIgnoreCase)
                && int.TryParse(entri.AttemptedValue, NumberStyles.Integer, CultureInfo.InvariantCulture, out var tahun)
                && Periode.PeriksaTahun(tahun) is { } salahTahun)
            {
                return salahTahun;
            }

            if (entri.AttemptedValue is { } dicoba && KarakterKendali(dicoba))
            {
                return $"Isian '{nama}' memuat karakter yang tidak sah (karakter kendali seperti NUL). Hapus karakter itu lalu kirim lagi.";
            }

            if (entri.ValidationState == ModelValidationState.Invalid && entri.Errors.Any(e => e.Exception is not null || e.ErrorMessage.StartsWith(PesanIkatan.Awalan, StringComparison.Ordinal)))
            {
                return $"Isian '{nama}' tidak sah: {Kutip(entri.AttemptedValue)} bukan nilai yang dapat diterima untuk isian ini.";
            }
        }

        return null;
    }

    /// <summary>
    /// A control character other than tab and line breaks: no field of Sakip holds one, and
    /// PostgreSQL refuses NUL in text.
    /// </summary>
    internal static bool KarakterKendali(string s) => s.Any(c => char.IsControl(c) && c is not ('\t' or '\n' or '\r'));

    private static string Kutip(string? nilai)
    {
        var t = (nilai ?? string.Empty).Trim();
        return t.Length <= 40 ? $"'{t}'" : $"'{t[..40]}…'";
    }
}

/// <summary>
/// The model binder's messages in Bahasa Indonesia. Each starts with <see cref="Awalan"/> so
/// <see cref="SaringMasukan"/> tells a value that could not be converted from a rule of a form.
/// </summary>
public static class PesanIkatan
{
    public const string Awalan = "Nilai tidak sah";

    public static void Terapkan(DefaultModelBindingMessageProvider p)
    {
        p.SetAttemptedValueIsInvalidAccessor((nilai, nama) => $"{Awalan}: '{App.TeksRingkas.Potong(nilai, 41)}' untuk {nama}.");
        p.SetNonPropertyAttemptedValueIsInvalidAccessor(nilai => $"{Awalan}: '{App.TeksRingkas.Potong(nilai, 41)}'.");
        p.SetUnknownValueIsInvalidAccessor(nama => $"{Awalan} untuk {nama}.");
        p.SetNonPropertyUnknownValueIsInvalidAccessor(() => $"{Awalan}.");
        p.SetValueIsInvalidAccessor(nilai => $"{Awalan}: '{App.TeksRingkas.Potong(nilai, 41)}'.");
        p.SetValueMustBeANumberAccessor(nama => $"{Awalan}: {nama} harus berupa angka.");
        p.SetNonPropertyValueMustBeANumberAccessor(() => $"{Awalan}: isian harus berupa angka.");
        p.SetMissingBindRequiredValueAccessor(nama => $"{nama} wajib diisi.");
        p.SetMissingKeyOrValueAccessor(() => "Isian wajib diisi.");
        p.SetMissingRequestBodyRequiredValueAccessor(() => "Isian wajib diisi.");
        p.SetValueMustNotBeNullAccessor(nilai => $"{Awalan}: isian wajib diisi.");
    }

}
