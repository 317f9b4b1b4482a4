using Platform.Gateway.Authorization;
using Platform.Grains.Errors;
using Platform.GraphQL.Building;
using Platform.GraphQL.Relay;

namespace Platform.Gateway.Errors;

/// <summary>GraphQL: the <c>UserError</c> interface and its object types, and the payload type of each mutation result.</summary>
public static class UserErrorTypes
{
    public static void Describe(SchemaBuilder schema)
    {
        schema.Interface("UserError", i =>
        {
            i.Description("An error the user can act on; the mutation changed nothing.");
            i.Field("message").Type("String!").Description("What went wrong, in words a user can act on.");
            i.Field("code").Type("String!").Description("A stable machine-readable code.");
        });
        schema.Object<FieldError>("ValidationError", t =>
        {
            t.Authorize(Rules.WithParent);
            t.Description("One invalid input field.").Implements("UserError");
            t.Field("message", e => $"{e.Field}: {e.Reason}").Type("String!");
            t.Field("code", _ => "INVALID_INPUT").Type("String!");
            t.Field("field", e => e.Field).Type("String!").Description("The input field, as a dotted path (e.g. collection.atlasTilesX).");
            t.Field("reason", e => e.Reason).Type("String!").Description("Why the value is not accepted.");
        });
        schema.Object<NotFoundException>("NotFoundError", t =>
        {
            t.Authorize(Rules.WithParent);
            t.Description("The object does not exist (or is not visible to the caller).").Implements("UserError");
            t.Field("message", e => e.Message).Type("String!");
            t.Field("code", e => e.Code).Type("String!");
            t.Field("kind", e => e.Kind).Type("String!").Description("The kind of object looked for, e.g. Session.");
            t.Field("key", e => e.Id).Type("String!").Description("The id that was looked for.");
        });
        schema.Object<InvalidStateException>("InvalidStateError", t =>
        {
            t.Authorize(Rules.WithParent);
            t.Description("The action is not allowed in the object's current state.").Implements("UserError");
            t.Field("message", e => e.Message).Type("String!");
            t.Field("code", e => e.Code).Type("String!");
            t.Field("action", e => e.Action).Type("String!");
            t.Field("currentState", e => e.CurrentState).Type("String!");
        });
        schema.Object<ScopeLockedException>("ScopeLockedError", t =>
        {
            t.Authorize(Rules.WithParent);
            t.Description("The microscope's run lock is held by another session.").Implements("UserError");
            t.Field("message", e => e.Message).Type("String!");
            t.Field("code", e => e.Code).Type("String!");
            t.Field("microscopeId", e => GlobalId.Encode("Microscope", e.MicroscopeId)).Type("ID!");
            t.Field("holderSessionId", e => GlobalId.Encode("Session", e.HolderSessionId)).Type("ID!");
            t.Field("holderUserId", e => e.HolderUserId).Type("String");
            t.Field("leaseExpiresAt", e => e.LeaseExpiresAtUtc).Type("DateTime!");
        });
        schema.Object<AlreadyExistsException>("AlreadyExistsError", t =>
        {
            t.Authorize(Rules.WithParent);
            t.Description("An object with that id already exists.").Implements("UserError");
            t.Field("message", e => e.Message).Type("String!");
            t.Field("code", e => e.Code).Type("String!");
            t.Field("kind", e => e.Kind).Type("String!");
            t.Field("key", e => e.Id).Type("String!");
        });
    }

    /// <summary>Defines <c>{name}</c> as <c>{ {field}: {type}, errors: [UserError!]! }</c> over <see cref="MutationPayload{T}"/>.</summary>
    public static void Payload<T>(SchemaBuilder schema, string name, string field, string type, Action<ObjectTypeDescriptor<MutationPayload<T>>>? extra = null)
        where T : class =>
        schema.Object<MutationPayload<T>>(name, t =>
        {
            t.Authorize(Rules.WithParent);
            t.Description($"The result of a mutation: the {type} after the change, or null with the errors that prevented it.");
            t.Field(field, p => p.Value).Type(type);
            t.Field("errors", p => p.Errors).Type("[UserError!]!").Description("Typed errors; empty on success.");
            extra?.Invoke(t);
        });
}
