using System.Buffers;
using System.Text.Json;
using Platform.Grains.Facilities;
using Platform.Grains.Grids;
using Platform.Grains.Sessions;
using Platform.GraphQL.Relay;
using Platform.Runtime;
using Platform.Runtime.Indexing;

namespace Platform.Gateway.Bench;

/// <summary>
/// The floor under the sessions page: the reads it needs (facility, SQL page and count, 50 session and 100 grid grain reads)
/// and a <see cref="Utf8JsonWriter"/> writing exactly the fields the query selects, with nothing in between (no parsing,
/// validation, resolvers, authorization or result tree). No server that answers this page from the same data can spend
/// less; the engine's figure over this one is what GraphQL costs.
/// </summary>
public sealed class Floor(IServiceProvider services, IGrainFactory grains)
{
    private readonly IIndexReader _reader = (IIndexReader)services.GetService(typeof(IIndexReader))!;
    private readonly IndexFilter[] _filters = [new(SessionIndex.FacilityId, IndexOperator.Equal, BenchPlatform.FacilityId)];
    private readonly ArrayBufferWriter<byte> _buffer = new(64 * 1024);

    /// <summary>The page's JSON (valid until the next call).</summary>
    public async Task<ReadOnlyMemory<byte>> WriteAsync()
    {
        var facility = grains.GetGrain<IFacilityGrain>(BenchPlatform.FacilityId).GetAsync();
        var query = new IndexQuery(SessionIndex.Table) { Filters = _filters, Order = [new(SessionIndex.CreatedAt, Descending: true)], Limit = 50 };
        var page = await _reader.QueryAsync(query);
        var total = await _reader.CountAsync(SessionIndex.Table, _filters);
        var sessions = await Task.WhenAll(page.Rows.Select(r => grains.GetGrain<ISessionGrain>(r.Key).GetAsync()));
        var grids = await Task.WhenAll(sessions.SelectMany(s => s.Grids).Select(g => grains.GetGrain<IGridGrain>(g.GridKey).GetAsync()));
        var now = TimeProvider.System.GetUtcNow();
        _buffer.ResetWrittenCount();
        using var w = new Utf8JsonWriter(_buffer);
        w.WriteStartObject();
        w.WriteStartObject("data");
        w.WriteStartObject("facility");
        w.WriteString("name", (await facility).Settings.Name);
        w.WriteStartObject("sessions");
        w.WriteNumber("totalCount", total);
        w.WriteStartObject("pageInfo");
        w.WriteBoolean("hasNextPage", page.HasNextPage);
        w.WriteString("endCursor", page.EndCursor);
        w.WriteEndObject();
        w.WriteStartArray("edges");
        var g = 0;
        for (var i = 0; i < sessions.Length; i++)
        {
            var s = sessions[i];
            w.WriteStartObject();
            w.WriteString("cursor", page.RowCursors[i]);
            w.WriteStartObject("node");
            w.WriteString("id", GlobalId.Encode("Session", s.Id));
            w.WriteString("name", s.Name);
            w.WriteString("state", s.RunState.ToString().ToUpperInvariant());
            Nullable(w, "daysLeft", s.DaysLeftAt(now));
            Nullable(w, "dataExpiresAt", s.DataExpiresAtUtc);
            Nullable(w, "endedAt", s.EndedAtUtc);
            w.WriteString("ownerUserId", s.OwnerUserId);
            w.WriteString("groupId", s.Setup.GroupId);
            var c = s.Setup.Collection;
            w.WriteStartObject("collection");
            w.WriteNumber("atlasTilesX", c.AtlasTilesX);
            w.WriteNumber("squaresNum", c.SquaresNum);
            w.WriteNumber("holesPerSquare", c.HolesPerSquare);
            w.WriteNumber("targetDefocusMinMicrons", c.TargetDefocusMinMicrons);
            w.WriteNumber("targetDefocusMaxMicrons", c.TargetDefocusMaxMicrons);
            w.WriteEndObject();
            w.WriteStartObject("processing");
            w.WriteNumber("pixelSizeAngstrom", s.Setup.Processing.PixelSizeAngstrom);
            w.WriteNumber("voltageKilovolts", s.Setup.Processing.VoltageKilovolts);
            w.WriteEndObject();
            w.WriteStartObject("counters");
            w.WriteNumber("exposuresAcquired", s.Counters.ExposuresAcquired);
            w.WriteNumber("micrographsProcessed", s.Counters.MicrographsProcessed);
            w.WriteEndObject();
            w.WriteStartArray("grids");
            foreach (var _ in s.Grids)
            {
                var grid = grids[g++];
                w.WriteStartObject();
                w.WriteString("id", GlobalId.Encode("Grid", GridKeys.For(grid.SessionId, grid.Position)));
                w.WriteNumber("position", grid.Position);
                w.WriteString("finalName", grid.FinalName);
                w.WriteString("state", grid.State.ToString().ToUpperInvariant());
                w.WriteString("protocol", grid.Protocol);
                w.WriteString("meshMaterial", grid.MeshMaterial.ToString().ToUpperInvariant());
                w.WriteStartObject("holeType");
                w.WriteString("name", grid.HoleType.Name);
                Nullable(w, "holeSizeMicrons", grid.HoleType.HoleSizeMicrons);
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
        await w.FlushAsync();
        return _buffer.WrittenMemory;
    }

    private static void Nullable(Utf8JsonWriter w, string name, int? value)
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

    private static void Nullable(Utf8JsonWriter w, string name, double? value)
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

    private static void Nullable(Utf8JsonWriter w, string name, DateTimeOffset? value)
    {
        // The platform's DateTime form: UTC to the millisecond with a 'Z' (the round-trip form's first 23 characters).
        Span<byte> text = stackalloc byte[32];
        if (value is { } v && v.UtcDateTime.TryFormat(text, out var written, "O", System.Globalization.CultureInfo.InvariantCulture) && written == 28)
        {
            text[23] = (byte)'Z';
            w.WriteString(name, text[..24]);
        }
        else
        {
            w.WriteNull(name);
        }
    }
}
