using System.Reflection;

namespace Platform.Silo.Runtime;

/// <summary>The assemblies whose <see cref="Platform.Runtime.Grain"/> classes the runtime hosts.</summary>
public sealed record GrainAssemblies(IReadOnlyList<Assembly> Assemblies);
