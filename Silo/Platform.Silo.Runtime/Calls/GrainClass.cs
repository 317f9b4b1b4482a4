using System.Reflection;
using Microsoft.Extensions.DependencyInjection;
using Platform.Runtime;
using Platform.Silo.Runtime.Activations;
using Platform.Silo.Runtime.Persistence;

namespace Platform.Silo.Runtime.Calls;

/// <summary>What the runtime knows about one grain class: its durable type name, scheduling policy and how to construct it.</summary>
internal sealed class GrainClass
{
    private readonly ConstructorInfo _constructor;
    private readonly ParameterInfo[] _parameters;

    public GrainClass(Type type)
    {
        Type = type;
        TypeName = type.GetCustomAttribute<GrainTypeAttribute>()?.Name ?? ConventionalName(type);
        IsReentrant = type.GetCustomAttribute<ReentrantAttribute>() is not null;
        CollectionAge = type.GetCustomAttribute<CollectionAgeAttribute>()?.Age;
        var constructors = type.GetConstructors();
        if (constructors.Length != 1)
        {
            throw new InvalidOperationException($"Grain class {type.Name} must have exactly one public constructor.");
        }

        _constructor = constructors[0];
        _parameters = _constructor.GetParameters();
    }

    public Type Type { get; }

    public string TypeName { get; }

    public bool IsReentrant { get; }

    public TimeSpan? CollectionAge { get; }

    /// <summary>Builds the grain: persistent states from <see cref="PersistentStateAttribute"/> parameters, everything else from DI.</summary>
    public (Grain Grain, IReadOnlyList<IActivationState> States) Construct(IServiceProvider services, PersistentStateFactory stateFactory, GrainId id)
    {
        var arguments = new object?[_parameters.Length];
        var states = new List<IActivationState>();
        for (var i = 0; i < _parameters.Length; i++)
        {
            var parameter = _parameters[i];
            var stateAttribute = parameter.GetCustomAttribute<PersistentStateAttribute>();
            if (stateAttribute is not null)
            {
                var state = stateFactory.Create(parameter.ParameterType, id, stateAttribute.StateName);
                states.Add(state);
                arguments[i] = state;
            }
            else
            {
                arguments[i] = services.GetRequiredService(parameter.ParameterType);
            }
        }

        return ((Grain)_constructor.Invoke(arguments), states);
    }

    private static string ConventionalName(Type type)
    {
        var name = type.Name;
        if (name.EndsWith("Grain", StringComparison.Ordinal) && name.Length > "Grain".Length)
        {
            name = name[..^"Grain".Length];
        }

        return name.ToLowerInvariant();
    }
}
