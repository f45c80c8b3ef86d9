using ZoneLint.Core.Diagnostics;
using ZoneLint.Core.Syntax;
using ZoneLint.Core.Text;

namespace ZoneLint.Core.Parsing;

/// <summary>
/// The limits of <see cref="ParseOptions"/> that bound what a crafted file can cost: octets read, records made, time.
/// Each is an integer comparison where an entry, a record or a file begins.
/// </summary>
public sealed partial class ZoneParser
{
    /// <summary>The parser asks the clock every this many entries (and generated records), not for each one.</summary>
    private const int EntriesPerClockCheck = 256;

    private long _bytesRead;
    private int _generatedRecords;
    private bool _generatedLimitReported;
    private int _entriesSinceClockCheck;
    private bool _outOfTime;

    /// <summary>A limit ended the parse: every Load loop, the included files' and the top file's, stops.</summary>
    private bool _stopped;

    /// <summary>Reads a file within the size limits; returns null, or why it was not read.</summary>
    private string? ReadWithinLimits(string path, out string text)
    {
        text = string.Empty;
        long room = _options.MaxZoneBytes - _bytesRead;
        // Where the size is known before reading (the disk), an oversized file is never read into memory.
        long? size = (_options.FileSystem as IZoneFileSizes)?.GetLength(path);
        if (size is long known && SizeError(known, room) is { } early) return early;
        string? error = _options.FileSystem.TryReadText(path, out text);
        if (error != null) return error;
        // Otherwise the text is measured: a character is at most one octet of UTF-8 here, so this never overcounts.
        long length = size ?? text.Length;
        if (SizeError(length, room) is { } late)
        {
            text = string.Empty;
            return late;
        }
        _bytesRead += length;
        return null;
    }

    /// <summary>Text handed over whole (an editor's buffer) is held to the same limits as a file read.</summary>
    private void LoadWithinLimits(string path, string text)
    {
        if (SizeError(text.Length, _options.MaxZoneBytes) is { } error)
        {
            Report(RuleCatalog.IncludeFailure, new SourceText(path, string.Empty).Span(0, 0), $"cannot read '{path}': {error}");
            return;
        }
        _bytesRead = text.Length;
        Load(new SourceText(path, text));
    }

    private string? SizeError(long length, long room)
    {
        if (length > _options.MaxFileBytes)
            return $"the file is {length} octets, over the limit of {_options.MaxFileBytes} for one file (limits.fileBytes in zonelint.json)";
        if (length > room)
            return $"reading its {length} octets would bring this zone over the limit of {_options.MaxZoneBytes} octets read through $INCLUDE (limits.zoneBytes in zonelint.json)";
        return null;
    }

    /// <summary>Whether a file exists, without reading it where the file system can tell.</summary>
    private bool FileExists(string path) =>
        _options.FileSystem is IZoneFileSizes sizes ? sizes.GetLength(path) != null : _options.FileSystem.TryReadText(path, out _) == null;

    /// <summary>
    /// Whether one more record fits in the zone. The first that does not is reported, and the parse stops: the rest of
    /// the zone would only be more of the same.
    /// </summary>
    private bool RoomForRecord(SourceSpan span)
    {
        if (_records.Count < _options.MaxRecords) return true;
        Report(RuleCatalog.LimitReached, span,
            $"the zone has reached the limit of {_options.MaxRecords} records, so reading stopped here and the rest of the zone is not checked (limits.records in zonelint.json)");
        _stopped = true;
        return false;
    }

    /// <summary>
    /// Whether one more $GENERATE of <paramref name="count"/> records fits; the first that does not is reported, later
    /// ones skipped. The text it makes counts against the octets a zone may read: records keep their tokens, so one
    /// line of a long template (a 100 KB hex RDATA, or `${0,255}` many times over) would otherwise make gigabytes.
    /// </summary>
    private bool RoomForGenerated(Token range, long count, long characters)
    {
        if (_generatedRecords + count <= _options.MaxGeneratedRecords && characters <= _options.MaxZoneBytes - _bytesRead)
        {
            _generatedRecords += (int)count;
            _bytesRead += characters;
            return true;
        }
        if (_generatedRecords + count <= _options.MaxGeneratedRecords)
        {
            Report(RuleCatalog.GenerateFailure, range.Span,
                $"$GENERATE would make {characters} characters of text, over what is left of the limit of {_options.MaxZoneBytes} octets one zone may read or generate (limits.zoneBytes in zonelint.json)");
            return false;
        }
        if (!_generatedLimitReported)
        {
            _generatedLimitReported = true;
            Report(RuleCatalog.GenerateFailure, range.Span,
                $"$GENERATE would bring the zone to {_generatedRecords + count} generated records, over the limit of {_options.MaxGeneratedRecords} for all $GENERATE lines together; this and every later $GENERATE are skipped (limits.generatedRecords in zonelint.json)");
        }
        return false;
    }

    /// <summary>
    /// Whether the parse must stop here: another limit stopped it, or the time is up (checked every
    /// <see cref="EntriesPerClockCheck"/> entries, the first one included). Running out of time is reported at the entry.
    /// </summary>
    private bool MustStop(ZoneEntry entry)
    {
        if (_stopped) return true;
        if (_entriesSinceClockCheck++ % EntriesPerClockCheck != 0 || !_budget.IsSpent) return false;
        Report(RuleCatalog.LimitReached, entry.Span,
            $"the time limit of {TimeBudget.Seconds(_options.TimeLimit)} for one zone ran out while reading this entry, so reading stopped here and no rule ran (limits.seconds in zonelint.json)");
        _stopped = _outOfTime = true;
        return true;
    }
}
