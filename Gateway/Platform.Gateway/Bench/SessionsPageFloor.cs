using System.Buffers;
using System.Collections.Frozen;
using System.Text.Json;
using Platform.Grains.Facilities;
using Platform.Grains.Grids;
using Platform.Grains.Sessions;
using Platform.GraphQL.Relay;
using Platform.GraphQL.Serialization;
using Platform.GraphQL.Types;
using Platform.Gateway.Time;
using Platform.Runtime;
using Platform.Runtime.Indexing;

namespace Platform.Gateway.Bench;

/// <summary>
/// The floor under the benchmark's sessions page (bench/gateway/sessions-query.graphql with <c>first: 50</c>): the reads it
/// needs (facility, SQL page and count, the sessions' and their grids' grain reads) and a <see cref="Utf8JsonWriter"/> writing
/// exactly the fields the query selects under pre-encoded names, with nothing in between (no parsing, validation, resolvers,
/// field authorization or result tree). No server that answers this page from the same data can spend less; the engine's
/// figure over this one is what GraphQL costs. The in-process bench checks its JSON equals the engine's. Not thread-safe:
/// one instance per caller.
/// </summary>
public sealed class SessionsPageFloor(IIndexReader reader, IGrainFactory grains, TimeProvider clock)
{
    private const int PageSize = 50;
    private readonly ArrayBufferWriter<byte> _buffer = new(64 * 1024);
    private Utf8JsonWriter? _writer;

    /// <summary>The page's JSON for <paramref name="facilityId"/> (valid until the next call).</summary>
    public async Task<ReadOnlyMemory<byte>> WriteAsync(string facilityId) => Write(await ReadAsync(facilityId).ConfigureAwait(false));

    /// <summary>The reads the page needs: the facility, the SQL page and count, the sessions' and their grids' views.</summary>
    public async Task<SessionsPageData> ReadAsync(string facilityId)
    {
        IndexFilter[] filters = [new(SessionIndex.FacilityId, IndexOperator.Equal, facilityId)];
        var facility = grains.GetGrain<IFacilityGrain>(facilityId).GetAsync();
        var query = new IndexQuery(SessionIndex.Table) { Filters = filters, Order = [new(SessionIndex.CreatedAt, Descending: true)], Limit = PageSize };
        var page = await reader.QueryAsync(query).ConfigureAwait(false);
        var total = await reader.CountAsync(SessionIndex.Table, filters).ConfigureAwait(false);
        var sessions = await Task.WhenAll(page.Rows.Select(r => grains.GetGrain<ISessionGrain>(r.Key).GetAsync())).ConfigureAwait(false);
        var grids = await Task.WhenAll(sessions.SelectMany(s => s.Grids).Select(g => grains.GetGrain<IGridGrain>(g.GridKey).GetAsync())).ConfigureAwait(false);
        return new SessionsPageData((await facility.ConfigureAwait(false)).Settings.Name, page, total, sessions, grids, clock.GetUtcNow());
    }

    /// <summary>The page's JSON from data already read (valid until the next call): the writing part of the floor alone.</summary>
    public ReadOnlyMemory<byte> Write(SessionsPageData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        var (facilityName, page, total, sessions, grids, now) = data;
        _buffer.ResetWrittenCount();
        var w = _writer ??= new Utf8JsonWriter(_buffer, ResultWriter.WriterOptions);
        w.Reset(_buffer);
        w.WriteStartObject();
        w.WriteStartObject(N.Data);
        w.WriteStartObject(N.Facility);
        w.WriteString(N.Name, facilityName);
        w.WriteStartObject(N.Sessions);
        w.WriteNumber(N.TotalCount, total);
        w.WriteStartObject(N.PageInfo);
        w.WriteBoolean(N.HasNextPage, page.HasNextPage);
        w.WriteString(N.EndCursor, page.EndCursor);
        w.WriteEndObject();
        w.WriteStartArray(N.Edges);
        var g = 0;
        for (var i = 0; i < sessions.Length; i++)
        {
            var s = sessions[i];
            w.WriteStartObject();
            w.WriteString(N.Cursor, page.RowCursors[i]);
            w.WriteStartObject(N.Node);
            w.WriteString(N.Id, GlobalId.Encode("Session", s.Id));
            w.WriteString(N.Name, s.Name);
            w.WriteString(N.State, EnumNames<SessionRunState>.Of[s.RunState]);
            Nullable(w, N.DaysLeft, s.DaysLeftAt(now));
            Nullable(w, N.DataExpiresAt, s.DataExpiresAtUtc);
            Nullable(w, N.EndedAt, s.EndedAtUtc);
            w.WriteString(N.OwnerUserId, s.OwnerUserId);
            w.WriteString(N.GroupId, s.Setup.GroupId);
            var c = s.Setup.Collection;
            w.WriteStartObject(N.Collection);
            w.WriteNumber(N.AtlasTilesX, c.AtlasTilesX);
            w.WriteNumber(N.SquaresNum, c.SquaresNum);
            w.WriteNumber(N.HolesPerSquare, c.HolesPerSquare);
            w.WriteNumber(N.TargetDefocusMinMicrons, c.TargetDefocusMinMicrons);
            w.WriteNumber(N.TargetDefocusMaxMicrons, c.TargetDefocusMaxMicrons);
            w.WriteEndObject();
            w.WriteStartObject(N.Processing);
            w.WriteNumber(N.PixelSizeAngstrom, s.Setup.Processing.PixelSizeAngstrom);
            w.WriteNumber(N.VoltageKilovolts, s.Setup.Processing.VoltageKilovolts);
            w.WriteEndObject();
            w.WriteStartObject(N.Counters);
            w.WriteNumber(N.ExposuresAcquired, s.Counters.ExposuresAcquired);
            w.WriteNumber(N.MicrographsProcessed, s.Counters.MicrographsProcessed);
            w.WriteEndObject();
            w.WriteStartArray(N.Grids);
            foreach (var _ in s.Grids)
            {
                var grid = grids[g++];
                w.WriteStartObject();
                w.WriteString(N.Id, GlobalId.Encode("Grid", GridKeys.For(grid.SessionId, grid.Position)));
                w.WriteNumber(N.Position, grid.Position);
                w.WriteString(N.FinalName, grid.FinalName);
                w.WriteString(N.State, EnumNames<WorkState>.Of[grid.State]);
                w.WriteString(N.Protocol, grid.Protocol);
                w.WriteString(N.MeshMaterial, EnumNames<MeshMaterial>.Of[grid.MeshMaterial]);
                w.WriteStartObject(N.HoleType);
                w.WriteString(N.Name, grid.HoleType.Name);
                Nullable(w, N.HoleSizeMicrons, grid.HoleType.HoleSizeMicrons);
                w.WriteEndObject();
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
        w.WriteEndObject();
        w.WriteEndObject();
        w.WriteEndObject();
        w.Flush();
        return _buffer.WrittenMemory;
    }

    private static void Nullable(Utf8JsonWriter w, JsonEncodedText name, int? value)
    {
        if (value is { } v)
        {
            w.WriteNumber(name, v);
        }
        else
        {
            w.WriteNull(name);
        }
    }

    private static void Nullable(Utf8JsonWriter w, JsonEncodedText name, double? value)
    {
        if (value is { } v)
        {
            w.WriteNumber(name, v);
        }
        else
        {
            w.WriteNull(name);
        }
    }

    private static void Nullable(Utf8JsonWriter w, JsonEncodedText name, DateTimeOffset? value)
    {
        if (value is { } v)
        {
            // The platform's DateTime form, written as the engine writes it (straight to UTF-8).
            w.WritePropertyName(name);
            DateTimeScalar.Write(w, v);
        }
        else
        {
            w.WriteNull(name);
        }
    }

    /// <summary>The response's property names, encoded once (as the engine's plan does).</summary>
    private static class N
    {
        public static readonly JsonEncodedText AtlasTilesX = JsonEncodedText.Encode("atlasTilesX", ResultWriter.WriterOptions.Encoder);
        public static readonly JsonEncodedText Collection = JsonEncodedText.Encode("collection", ResultWriter.WriterOptions.Encoder);
        public static readonly JsonEncodedText Counters = JsonEncodedText.Encode("counters", ResultWriter.WriterOptions.Encoder);
        public static readonly JsonEncodedText Cursor = JsonEncodedText.Encode("cursor", ResultWriter.WriterOptions.Encoder);
        public static readonly JsonEncodedText Data = JsonEncodedText.Encode("data", ResultWriter.WriterOptions.Encoder);
        public static readonly JsonEncodedText DataExpiresAt = JsonEncodedText.Encode("dataExpiresAt", ResultWriter.WriterOptions.Encoder);
        public static readonly JsonEncodedText DaysLeft = JsonEncodedText.Encode("daysLeft", ResultWriter.WriterOptions.Encoder);
        public static readonly JsonEncodedText Edges = JsonEncodedText.Encode("edges", ResultWriter.WriterOptions.Encoder);
        public static readonly JsonEncodedText EndCursor = JsonEncodedText.Encode("endCursor", ResultWriter.WriterOptions.Encoder);
        public static readonly JsonEncodedText EndedAt = JsonEncodedText.Encode("endedAt", ResultWriter.WriterOptions.Encoder);
        public static readonly JsonEncodedText ExposuresAcquired = JsonEncodedText.Encode("exposuresAcquired", ResultWriter.WriterOptions.Encoder);
        public static readonly JsonEncodedText Facility = JsonEncodedText.Encode("facility", ResultWriter.WriterOptions.Encoder);
        public static readonly JsonEncodedText FinalName = JsonEncodedText.Encode("finalName", ResultWriter.WriterOptions.Encoder);
        public static readonly JsonEncodedText Grids = JsonEncodedText.Encode("grids", ResultWriter.WriterOptions.Encoder);
        public static readonly JsonEncodedText GroupId = JsonEncodedText.Encode("groupId", ResultWriter.WriterOptions.Encoder);
        public static readonly JsonEncodedText HasNextPage = JsonEncodedText.Encode("hasNextPage", ResultWriter.WriterOptions.Encoder);
        public static readonly JsonEncodedText HoleSizeMicrons = JsonEncodedText.Encode("holeSizeMicrons", ResultWriter.WriterOptions.Encoder);
        public static readonly JsonEncodedText HoleType = JsonEncodedText.Encode("holeType", ResultWriter.WriterOptions.Encoder);
        public static readonly JsonEncodedText HolesPerSquare = JsonEncodedText.Encode("holesPerSquare", ResultWriter.WriterOptions.Encoder);
        public static readonly JsonEncodedText Id = JsonEncodedText.Encode("id", ResultWriter.WriterOptions.Encoder);
        public static readonly JsonEncodedText MeshMaterial = JsonEncodedText.Encode("meshMaterial", ResultWriter.WriterOptions.Encoder);
        public static readonly JsonEncodedText MicrographsProcessed = JsonEncodedText.Encode("micrographsProcessed", ResultWriter.WriterOptions.Encoder);
        public static readonly JsonEncodedText Name = JsonEncodedText.Encode("name", ResultWriter.WriterOptions.Encoder);
        public static readonly JsonEncodedText Node = JsonEncodedText.Encode("node", ResultWriter.WriterOptions.Encoder);
        public static readonly JsonEncodedText OwnerUserId = JsonEncodedText.Encode("ownerUserId", ResultWriter.WriterOptions.Encoder);
        public static readonly JsonEncodedText PageInfo = JsonEncodedText.Encode("pageInfo", ResultWriter.WriterOptions.Encoder);
        public static readonly JsonEncodedText PixelSizeAngstrom = JsonEncodedText.Encode("pixelSizeAngstrom", ResultWriter.WriterOptions.Encoder);
        public static readonly JsonEncodedText Position = JsonEncodedText.Encode("position", ResultWriter.WriterOptions.Encoder);
        public static readonly JsonEncodedText Processing = JsonEncodedText.Encode("processing", ResultWriter.WriterOptions.Encoder);
        public static readonly JsonEncodedText Protocol = JsonEncodedText.Encode("protocol", ResultWriter.WriterOptions.Encoder);
        public static readonly JsonEncodedText Sessions = JsonEncodedText.Encode("sessions", ResultWriter.WriterOptions.Encoder);
        public static readonly JsonEncodedText SquaresNum = JsonEncodedText.Encode("squaresNum", ResultWriter.WriterOptions.Encoder);
        public static readonly JsonEncodedText State = JsonEncodedText.Encode("state", ResultWriter.WriterOptions.Encoder);
        public static readonly JsonEncodedText TargetDefocusMaxMicrons = JsonEncodedText.Encode("targetDefocusMaxMicrons", ResultWriter.WriterOptions.Encoder);
        public static readonly JsonEncodedText TargetDefocusMinMicrons = JsonEncodedText.Encode("targetDefocusMinMicrons", ResultWriter.WriterOptions.Encoder);
        public static readonly JsonEncodedText TotalCount = JsonEncodedText.Encode("totalCount", ResultWriter.WriterOptions.Encoder);
        public static readonly JsonEncodedText VoltageKilovolts = JsonEncodedText.Encode("voltageKilovolts", ResultWriter.WriterOptions.Encoder);
    }

    /// <summary>GraphQL enum names of C# enum values (the schema's naming, <see cref="SpecNames.ScreamingSnakeCase"/>), encoded once.</summary>
    private static class EnumNames<T>
        where T : struct, Enum
    {
        public static readonly FrozenDictionary<T, JsonEncodedText> Of =
            Enum.GetValues<T>().ToFrozenDictionary(v => v, v => JsonEncodedText.Encode(SpecNames.ScreamingSnakeCase(v.ToString()), ResultWriter.WriterOptions.Encoder));
    }
}
