using System.Collections.Frozen;
using System.Reflection;
using Platform.Runtime;

namespace Platform.Silo.Runtime.Calls;

/// <summary>
/// Maps grain interfaces to the one class implementing each, durable type names to classes, and
/// interface methods to compiled <see cref="GrainMethod"/>s. Built once at start-up from the grain assemblies.
/// </summary>
internal sealed class GrainRegistry
{
    private static readonly HashSet<Type> _markers = [typeof(IGrain), typeof(IGrainWithStringKey), typeof(IGrainWithGuidKey)];

    private readonly FrozenDictionary<Type, GrainClass> _byInterface;
    private readonly FrozenDictionary<string, GrainClass> _byTypeName;
    private readonly FrozenDictionary<Type, FrozenDictionary<MethodInfo, GrainMethod>> _methodsByInterface;

    public GrainRegistry(IEnumerable<Type> grainClasses)
    {
        var byInterface = new Dictionary<Type, GrainClass>();
        var byTypeName = new Dictionary<string, GrainClass>(StringComparer.Ordinal);
        var methods = new Dictionary<Type, FrozenDictionary<MethodInfo, GrainMethod>>();
        foreach (var type in grainClasses.Distinct())
        {
            var grainClass = new GrainClass(type);
            if (!byTypeName.TryAdd(grainClass.TypeName, grainClass))
            {
                throw new InvalidOperationException($"Grain type name '{grainClass.TypeName}' is used by {type.Name} and {byTypeName[grainClass.TypeName].Type.Name}.");
            }

            foreach (var grainInterface in type.GetInterfaces().Where(IsGrainInterface))
            {
                if (grainInterface == typeof(IRemindable))
                {
                    // Every remindable class implements it; reminders are delivered by type name, not by interface.
                    methods.TryAdd(grainInterface, MethodsOf(grainInterface));
                    continue;
                }

                if (!byInterface.TryAdd(grainInterface, grainClass))
                {
                    throw new InvalidOperationException($"Grain interface {grainInterface.Name} is implemented by both {type.Name} and {byInterface[grainInterface].Type.Name}.");
                }

                methods[grainInterface] = MethodsOf(grainInterface);
            }
        }

        _byInterface = byInterface.ToFrozenDictionary();
        _byTypeName = byTypeName.ToFrozenDictionary(StringComparer.Ordinal);
        _methodsByInterface = methods.ToFrozenDictionary();
    }

    public IEnumerable<GrainClass> Classes => _byTypeName.Values;

    public GrainClass ForInterface(Type grainInterface) =>
        _byInterface.TryGetValue(grainInterface, out var grainClass)
            ? grainClass
            : throw new InvalidOperationException($"No grain class implements {grainInterface.Name}; is its assembly registered with the runtime?");

    public GrainClass ForTypeName(string typeName) =>
        _byTypeName.TryGetValue(typeName, out var grainClass)
            ? grainClass
            : throw new InvalidOperationException($"Unknown grain type '{typeName}'.");

    public FrozenDictionary<MethodInfo, GrainMethod> MethodsFor(Type grainInterface) =>
        _methodsByInterface[grainInterface];

    private static FrozenDictionary<MethodInfo, GrainMethod> MethodsOf(Type grainInterface)
    {
        var all = new[] { grainInterface }.Concat(grainInterface.GetInterfaces())
            .Where(i => !_markers.Contains(i))
            .SelectMany(i => i.GetMethods(BindingFlags.Public | BindingFlags.Instance));
        return all.ToFrozenDictionary(m => m, GrainMethod.Create);
    }

    private static bool IsGrainInterface(Type type) => typeof(IGrain).IsAssignableFrom(type) && !_markers.Contains(type);

    public static IEnumerable<Type> FindGrainClasses(params Assembly[] assemblies) =>
        assemblies.SelectMany(a => a.GetTypes())
            .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(Grain).IsAssignableFrom(t));
}
