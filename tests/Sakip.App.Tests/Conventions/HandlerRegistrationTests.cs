using Microsoft.Extensions.DependencyInjection;
using Sakip.Testing;

namespace Sakip.App.Tests.Conventions;

public class HandlerRegistrationTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    [Fact]
    public async Task EveryHandler_IsRegisteredAndResolvable()
    {
        var handlers = AppServiceCollectionExtensions.HandlerTypes.ToList();
        await using var scope = fixture.Services.CreateAsyncScope();

        Assert.True(handlers.Count >= 6, $"only {handlers.Count} handlers found");
        Assert.All(handlers, h => Assert.NotNull(scope.ServiceProvider.GetRequiredService(h)));
    }

    [Fact]
    public void EveryHandler_IsNestedInAUseCaseNamedVerbNoun()
    {
        var verbs = new[] { "List", "Get", "Create", "Edit", "Delete", "Record", "Sign", "Revise", "Approve", "Import", "Generate", "Calculate", "Load", "Migrate", "Verify", "SignIn", "Change", "Grant", "Revoke", "Link", "Close", "Reopen", "Check", "SignOut", "Preview", "Set", "Count", "Read", "Send", "Notify", "Return", "Publish" };

        Assert.All(AppServiceCollectionExtensions.HandlerTypes, h =>
            Assert.True(verbs.Any(v => h.DeclaringType!.Name.StartsWith(v, StringComparison.Ordinal)), $"{h.DeclaringType!.Name} does not start with a known verb"));
    }
}
