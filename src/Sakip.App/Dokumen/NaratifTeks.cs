using System.Text;

namespace Sakip.App.Dokumen;

/// <summary>
/// The narrative users write in a report (issue 10, item 5): plain text with a few marks, read
/// into document blocks and nothing else. A blank line separates paragraphs; a line starting with
/// "- " or "* " is a bulleted item, one starting with a number and ". " or ") " a numbered item;
/// <c>**tebal**</c> is bold and <c>_miring_</c> italic. Any other character, including angle
/// brackets, ampersands and Word field braces, is text: no renderer ever reads it as markup.
/// </summary>
public static class NaratifTeks
{
    /// <summary>The most characters one narrative part holds (about 40 pages).</summary>
    public const int PanjangMaksimum = 100_000;

    /// <summary>The marks, as a user is told them beside the text box.</summary>
    public const string Petunjuk = "Pisahkan paragraf dengan baris kosong. Awali baris dengan \"- \" untuk butir berpoin atau \"1. \" untuk butir bernomor. Tulis **tebal** dan _miring_.";

    /// <summary>The blocks of <paramref name="teks"/>: paragraphs (justified) and lists, in order; none for blank text.</summary>
    public static IReadOnlyList<Blok> Urai(string? teks)
    {
        var hasil = new List<Blok>();
        if (string.IsNullOrWhiteSpace(teks))
        {
            return hasil;
        }

        var paragraf = new List<string>();
        var butirs = new List<IReadOnlyList<Potongan>>();
        bool? bernomor = null;

        void TutupParagraf()
        {
            if (paragraf.Count > 0)
            {
                hasil.Add(new BlokParagraf(Potongans(string.Join("\n", paragraf)), Perataan.RataKiriKanan));
                paragraf.Clear();
            }
        }

        void TutupDaftar()
        {
            if (butirs.Count > 0)
            {
                hasil.Add(new BlokDaftar([.. butirs], bernomor == true));
                butirs.Clear();
            }

            bernomor = null;
        }

        foreach (var mentah in teks.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Split('\n'))
        {
            var baris = mentah.TrimEnd();
            if (baris.Trim().Length == 0)
            {
                TutupParagraf();
                TutupDaftar();
                continue;
            }

            if (Butir(baris.TrimStart()) is { } butir)
            {
                TutupParagraf();
                if (bernomor is { } b && b != butir.Bernomor)
                {
                    TutupDaftar();
                }

                bernomor = butir.Bernomor;
                butirs.Add(Potongans(butir.Isi));
                continue;
            }

            TutupDaftar();
            paragraf.Add(baris.Trim());
        }

        TutupParagraf();
        TutupDaftar();
        return hasil;
    }

    /// <summary>The text as a reader sees it, marks removed (what the check searches for figures).</summary>
    public static string TeksPolos(string? teks) => string.Join(
        "\n",
        Urai(teks).SelectMany(b => b switch
        {
            BlokParagraf p => [string.Concat(p.Potongans.Select(x => x.Teks))],
            BlokDaftar l => l.Butirs.Select(i => string.Concat(i.Select(x => x.Teks))),
            _ => [],
        }));

    private static (bool Bernomor, string Isi)? Butir(string baris)
    {
        if (baris.Length > 2 && baris[0] is '-' or '*' && baris[1] == ' ' && !baris.StartsWith("**", StringComparison.Ordinal))
        {
            return (false, baris[2..].Trim());
        }

        var i = 0;
        while (i < baris.Length && i < 3 && char.IsAsciiDigit(baris[i]))
        {
            i++;
        }

        return i > 0 && i + 1 < baris.Length && baris[i] is '.' or ')' && baris[i + 1] == ' ' ? (true, baris[(i + 2)..].Trim()) : null;
    }

    /// <summary>
    /// Runs of a paragraph: <c>**</c> toggles bold; <c>_</c> toggles italic where it opens before a
    /// letter after a space (or at the start) and closes after a letter before a space, punctuation
    /// or the end, so snake_case names and lone underscores stay text. Unclosed marks are text.
    /// </summary>
    private static IReadOnlyList<Potongan> Potongans(string teks)
    {
        var hasil = new List<Potongan>();
        var sb = new StringBuilder();
        var tebal = false;
        var miring = false;

        // Where the next possible closing underscore is, from each position (so opening is decided in one pass).
        var tutupBerikut = new int[teks.Length + 1];
        tutupBerikut[teks.Length] = -1;
        for (var j = teks.Length - 1; j >= 0; j--)
        {
            tutupBerikut[j] = TutupMiring(teks, j) ? j : tutupBerikut[j + 1];
        }

        void Lepas()
        {
            if (sb.Length > 0)
            {
                hasil.Add(new Potongan(sb.ToString(), tebal, miring));
                sb.Clear();
            }
        }

        for (var i = 0; i < teks.Length; i++)
        {
            if (teks[i] == '*' && i + 1 < teks.Length && teks[i + 1] == '*' && (tebal || teks.IndexOf("**", i + 2, StringComparison.Ordinal) > i + 2))
            {
                Lepas();
                tebal = !tebal;
                i++;
                continue;
            }

            if (teks[i] == '_' && (miring ? TutupMiring(teks, i) : BukaMiring(teks, i) && i + 2 <= teks.Length && tutupBerikut[Math.Min(i + 2, teks.Length)] > i))
            {
                Lepas();
                miring = !miring;
                continue;
            }

            sb.Append(teks[i]);
        }

        Lepas();
        return hasil.Count == 0 ? [new Potongan(string.Empty)] : hasil;
    }

    private static bool BukaMiring(string t, int i) =>
        (i == 0 || char.IsWhiteSpace(t[i - 1]) || t[i - 1] is '(' or '"' or '*')
        && i + 1 < t.Length && char.IsLetterOrDigit(t[i + 1]);

    private static bool TutupMiring(string t, int i) =>
        t[i] == '_' && i > 0 && char.IsLetterOrDigit(t[i - 1])
        && (i + 1 == t.Length || !char.IsLetterOrDigit(t[i + 1]) && t[i + 1] != '_');
}
