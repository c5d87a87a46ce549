using System.Reflection;
using Sakip.App.Keamanan;

namespace Sakip.App.Tests.Conventions;

/// <summary>
/// The one shape of a use case, made executable (issue 8): every handler answers with a
/// <see cref="Jawaban{T}"/>; the user reaches a handler one way, as its first parameter, never
/// inside a Command or Query; and every use case has its mirrored test file.
/// </summary>
public class UseCaseShapeTests
{
    public static TheoryData<string> UseCases() => [.. AppServiceCollectionExtensions.HandlerTypes.Select(h => h.DeclaringType!.FullName!)];

    private static Type UseCase(string nama) => typeof(Jawaban<>).Assembly.GetType(nama)!;

    private static MethodInfo HandleAsync(Type useCase) =>
        Assert.Single(useCase.GetNestedType("Handler")!.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly), m => m.Name == "HandleAsync");

    [Theory]
    [MemberData(nameof(UseCases))]
    public void EveryHandler_AnswersWithAJawaban(string nama)
    {
        var metode = HandleAsync(UseCase(nama));

        Assert.True(metode.ReturnType.IsGenericType && metode.ReturnType.GetGenericTypeDefinition() == typeof(Task<>), $"{nama}.Handler.HandleAsync is not asynchronous");
        var jawaban = metode.ReturnType.GetGenericArguments()[0];
        Assert.True(jawaban.IsGenericType && jawaban.GetGenericTypeDefinition() == typeof(Jawaban<>), $"{nama}.Handler.HandleAsync answers {jawaban.Name}, not a Jawaban<T>");
        Assert.Equal(typeof(CancellationToken), metode.GetParameters()[^1].ParameterType);
    }

    [Theory]
    [MemberData(nameof(UseCases))]
    public void TheUser_IsTheFirstParameter_AndNeverPartOfTheRequest(string nama)
    {
        var useCase = UseCase(nama);
        var parameter = HandleAsync(useCase).GetParameters();
        Assert.DoesNotContain(parameter.Skip(1), p => p.ParameterType == typeof(AksesPengguna));

        var permintaan = parameter.Select(p => p.ParameterType).Where(t => t.DeclaringType == useCase && t.Name is "Command" or "Query");
        Assert.All(permintaan, t => Assert.DoesNotContain(t.GetProperties(), p => p.PropertyType == typeof(AksesPengguna)));
    }

    [Theory]
    [MemberData(nameof(UseCases))]
    public void EveryUseCase_HasItsMirroredTestFile(string nama)
    {
        var useCase = UseCase(nama);
        var area = useCase.Namespace!.Split('.')[^1];
        var akar = AppContext.BaseDirectory;
        while (!File.Exists(Path.Combine(akar, "Sakip.slnx")))
        {
            akar = Path.GetDirectoryName(akar) ?? throw new InvalidOperationException("Sakip.slnx not found above the test output.");
        }

        var berkas = Path.Combine(akar, "tests", "Sakip.App.Tests", "Features", area, useCase.Name + "Tests.cs");
        Assert.True(File.Exists(berkas), $"{nama} has no mirrored test file tests/Sakip.App.Tests/Features/{area}/{useCase.Name}Tests.cs");
    }
}
