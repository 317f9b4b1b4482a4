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

    /// <summary>Runs the rule, then the resolver when it allows; no async state machine when the rule decides synchronously.</summary>
    private static ValueTask<object?> Guarded(FieldRule rule, ResolverContext context, FieldResolver next)
    {
        var check = rule.CheckAsync(context);
        return check.IsCompletedSuccessfully ? Decided(check.Result, context, next) : GuardedAsync(check, context, next);
    }

    private static async ValueTask<object?> GuardedAsync(ValueTask<FieldDecision> check, ResolverContext context, FieldResolver next) =>
        await Decided(await check.ConfigureAwait(false), context, next).ConfigureAwait(false);

    private static ValueTask<object?> Decided(FieldDecision decision, ResolverContext context, FieldResolver next) =>
        decision.IsAllowed ? next(context) : throw new GraphQLException(decision.Message ?? "Not authorized.", decision.Code ?? ErrorCodes.Forbidden);

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
