namespace Sakip.App.Import;

/// <summary>A problem of an imported file: where (file, line, column) and what, in Bahasa Indonesia.</summary>
/// <param name="Berkas">The file's name.</param>
/// <param name="Baris">The line (1 = the header; for a workbook, the row of the sheet).</param>
/// <param name="Kolom">The column's header name, when one column is at fault.</param>
/// <param name="Pesan">What is wrong.</param>
public sealed record KesalahanBerkas(string Berkas, int Baris, string? Kolom, string Pesan)
{
    public override string ToString() => Kolom is null ? $"{Berkas}, baris {Baris}: {Pesan}" : $"{Berkas}, baris {Baris}, kolom {Kolom}: {Pesan}";
}
