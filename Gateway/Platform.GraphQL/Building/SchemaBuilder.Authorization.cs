using Platform.GraphQL.Authorization;
using Platform.GraphQL.Execution;
using Platform.GraphQL.Types;

namespace Platform.GraphQL.Building;

/// <summary>Field rules: the reachability check behind <see cref="RequireFieldRules"/> and wrapping resolvers with their rule.</summary>
public sealed partial class SchemaBuilder
{
    private bool _requireFieldRules;

    /// <summary>
    /// Makes <see cref="Build"/> fail unless every field of every object type reachable from the root types (through field
    /// types, interface implementations and union members) has a rule, its own or its type's. Introspection is exempt.
    /// </summary>
    public SchemaBuilder RequireFieldRules()
    {
        _requireFieldRules = true;
        return this;
    }

    private void ApplyFieldRules(ObjectType query, ObjectType? mutation, ObjectType? subscription, IReadOnlyList<NamedType> types, List<string> errors)
    {
        if (_requireFieldRules)
        {
            foreach (var type in ReachableObjectTypes([query, mutation, subscription], types))
            {
                errors.AddRange(type.Fields.Values.Where(f => f.Rule is null).Select(f => $"Field \"{type.Name}.{f.Name}\" declares no authorization rule (Authorize on the field or its type)."));
            }
        }

        foreach (var field in types.OfType<ObjectType>().Where(t => !t.Name.StartsWith("__", StringComparison.Ordinal)).SelectMany(t => t.Fields.Values))
        {
            // A subscription root field's rule is checked once, before its event stream starts (GraphQLEngine.SubscribeAsync).
            if (field.Rule is { IsUnconditional: false } rule && field.Subscriber is null)
            {
                var next = field.Resolver ?? (context => new ValueTask<object?>(context.ParentValue is IReadOnlyDictionary<string, object?> map ? map.GetValueOrDefault(context.Field.Name) : null));
                field.Resolver = context => Guarded(rule, context, next);
            }
        }
    }

    private static async ValueTask<object?> Guarded(FieldRule rule, ResolverContext context, FieldResolver next)
    {
        var decision = await rule.CheckAsync(context).ConfigureAwait(false);
        return decision.IsAllowed
            ? await next(context).ConfigureAwait(false)
            : throw new GraphQLException(decision.Message ?? "Not authorized.", decision.Code ?? ErrorCodes.Forbidden);
    }

    private static IEnumerable<ObjectType> ReachableObjectTypes(IEnumerable<ObjectType?> roots, IReadOnlyList<NamedType> types)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<NamedType>(roots.OfType<ObjectType>());
        while (pending.TryPop(out var type))
        {
            if (type.Name.StartsWith("__", StringComparison.Ordinal) || !seen.Add(type.Name))
            {
                continue;
            }

            switch (type)
            {
                case ObjectType o:
                    yield return o;
                    foreach (var field in o.Fields.Values)
                    {
                        pending.Push(field.Type.Named);
                    }

                    break;
                case InterfaceType i:
                    foreach (var field in i.Fields.Values)
                    {
                        pending.Push(field.Type.Named);
                    }

                    foreach (var implementation in types.OfType<ObjectType>().Where(t => t.Implements(i)))
                    {
                        pending.Push(implementation);
                    }

                    break;
                case UnionType u:
                    foreach (var member in u.Types)
                    {
                        pending.Push(member);
                    }

                    break;
            }
        }
    }
}
