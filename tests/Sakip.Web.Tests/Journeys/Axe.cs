using System.Text.Json;
using Deque.AxeCore.Commons;
using Microsoft.Playwright;

namespace Sakip.Web.Tests.Journeys;

/// <summary>
/// axe-core run in a page without the wrapper's per-call work: the bundled axe source is added
/// once as an init script (so every page the tab opens has it), the WCAG 2.1 A and AA rules run
/// on the document (Sakip's pages have no frames), and only the violations come back, with the
/// number of rules that passed so a run that checked nothing is noticed.
/// </summary>
public static class Axe
{
    private static readonly Lazy<string> Sumber = new(() => new BundledAxeScriptProvider().GetScript());

    private const string Jalankan = """
        async () => {
            const r = await axe.run(document, {
                runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
                resultTypes: ['violations'],
            });
            return {
                lulus: r.passes.length,
                pelanggaran: r.violations.map(v => ({
                    id: v.id,
                    impact: v.impact ?? '',
                    help: v.help,
                    target: v.nodes.slice(0, 3).map(n => JSON.stringify(n.target)),
                })),
            };
        }
        """;

    public sealed record Pelanggaran(string Id, string Impact, string Help, string[] Target);

    public sealed record Hasil(int Lulus, Pelanggaran[] Pelanggaran);

    /// <summary>Makes every page this tab opens carry axe-core; call once, before the first navigation.</summary>
    public static Task SiapkanAsync(IPage page) => page.AddInitScriptAsync(Sumber.Value);

    /// <summary>Runs the WCAG 2.1 A and AA rules on the page as it is now.</summary>
    public static async Task<Hasil> PeriksaAsync(IPage page)
    {
        var json = await page.EvaluateAsync<JsonElement>(Jalankan);
        return json.Deserialize<Hasil>(new JsonSerializerOptions(JsonSerializerDefaults.Web))!;
    }
}
