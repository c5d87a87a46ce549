using System.Reflection;
using System.Runtime.CompilerServices;
using Sakip.Domain.Capaian;

namespace Sakip.Domain.Tests.Conventions;

/// <summary>Conventions of STYLE.md B4-B5 as executable checks.</summary>
public class DomainConventionTests
{
    private static readonly Assembly Domain = typeof(KalkulatorCapaian).Assembly;

    private static IEnumerable<Type> PublicTypes => Domain.GetExportedTypes();

    [Fact]
    public void Domain_ReferencesOnlyTheFramework()
    {
        var references = Domain.GetReferencedAssemblies().Select(a => a.Name!).ToList();

        Assert.All(references, name => Assert.True(
            name.StartsWith("System", StringComparison.Ordinal) || name == "netstandard" || name == "mscorlib",
            $"Sakip.Domain references {name}"));
    }

    [Fact]
    public void Domain_HasNoPublicMutableSetters()
    {
        var setters = PublicTypes
            .SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly))
            .Where(p => p.SetMethod is { IsPublic: true } set
                && !set.ReturnParameter.GetRequiredCustomModifiers().Contains(typeof(IsExternalInit)))
            .Select(p => $"{p.DeclaringType!.Name}.{p.Name}")
            .ToList();

        Assert.Empty(setters);
    }

    [Fact]
    public void Domain_HasNoPublicFieldsThatCanChange()
    {
        var fields = PublicTypes
            .Where(t => !t.IsEnum)
            .SelectMany(t => t.GetFields(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static))
            .Where(f => !f.IsLiteral && !f.IsInitOnly)
            .Select(f => $"{f.DeclaringType!.Name}.{f.Name}")
            .ToList();

        Assert.Empty(fields);
    }

    [Fact]
    public void Domain_UsesNoFloatingPoint()
    {
        var members = PublicTypes
            .SelectMany(t => t.GetMembers(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static))
            .Where(m => m switch
            {
                PropertyInfo p => IsFloat(p.PropertyType),
                MethodInfo mi => IsFloat(mi.ReturnType) || mi.GetParameters().Any(x => IsFloat(x.ParameterType)),
                _ => false,
            })
            .Select(m => $"{m.DeclaringType!.Name}.{m.Name}")
            .ToList();

        Assert.Empty(members);

        static bool IsFloat(Type t) => t == typeof(double) || t == typeof(float) || Nullable.GetUnderlyingType(t) is { } u && IsFloat(u);
    }

    [Fact]
    public void Glossary_NamesEveryPublicDomainType()
    {
        var glossary = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "GLOSSARY.md"));

        var missing = PublicTypes
            .Where(t => !t.IsNested && !t.Name.EndsWith("Extensions", StringComparison.Ordinal) && t.Name != nameof(Preconditions))
            .Select(t => t.Name.Split('`')[0])
            .Where(name => !glossary.Contains("`" + name + "`", StringComparison.Ordinal))
            .ToList();

        Assert.Empty(missing);
    }
}
