using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using ZoneLint.Core.Configuration;
using ZoneLint.Core.Model;
using ZoneLint.Core.Text;

namespace ZoneLint.Core.Dns;

/// <summary>A mistake in a lock file, at the text it is about.</summary>
public sealed record LockFileError(SourceSpan Span, string Message)
{
    public override string ToString() => $"{Span.File}({Span.StartLine},{Span.StartColumn}): {Message}";
}

/// <summary>What reading a lock file gave: the lock (null when the file could not be read at all) and every mistake.</summary>
public sealed class LockFileReadResult
{
    internal LockFileReadResult(LockFile? lockFile, IReadOnlyList<LockFileError> errors)
    {
        LockFile = lockFile;
        Errors = errors;
    }

    public LockFile? LockFile { get; }

    public IReadOnlyList<LockFileError> Errors { get; }

    public bool IsValid => LockFile != null && Errors.Count == 0;
}

/// <summary>
/// Reads zonelint.lock.json (docs/lock-file.md) from text; it does no I/O, so the analyzer and the MSBuild task can
/// hand it an AdditionalFile. A bad answer is reported at its text and left out; the rest is still read.
/// </summary>
public static class LockFileReader
{
    private static readonly string[] AnswerKeys = { "status", "owner", "error", "fetched", "records" };

    public static LockFileReadResult Read(string path, string text)
    {
        var source = new SourceText(path, text);
        var root = JsonDocumentReader.Parse(source, out var jsonErrors);
        var errors = jsonErrors.Select(e => new LockFileError(e.Span, e.Message)).ToList();
        if (root == null) return new LockFileReadResult(null, errors);
        var reader = new Reader(source, errors);
        var lockFile = reader.ReadRoot(root);
        return new LockFileReadResult(lockFile, errors);
    }

    private sealed class Reader(SourceText source, List<LockFileError> errors)
    {
        public LockFile? ReadRoot(JsonNode root)
        {
            if (root is not JsonObject top) return Fail<LockFile>(root, $"a lock file is a JSON object, not {root.KindName}");
            var version = Member(top, "version");
            if (version == null) return Fail<LockFile>(top, "the lock file has no \"version\"; this zonelint writes version 1");
            if (version is not JsonNumber { Text: var v } || v != "1")
                return Fail<LockFile>(version, $"lock file version {(version as JsonNumber)?.Text ?? version.KindName} is not one this zonelint reads (1): update zonelint, or write the lock again with `zonelint spf lock`");
            foreach (var member in top.Members.Where(m => m.Name is not ("version" or "domains" or "$comment")))
                Report(member.NameStart, member.NameEnd, $"unknown key \"{member.Name}\": a lock file has \"version\" and \"domains\"");
            var answers = new List<LockedAnswer>();
            var domains = Member(top, "domains");
            if (domains is JsonObject byName)
            {
                foreach (var domain in byName.Members) ReadDomain(domain, answers);
            }
            else if (domains != null)
            {
                Report(domains, $"\"domains\" must be an object keyed by domain name, not {domains.KindName}");
            }
            return new LockFile(answers);
        }

        private void ReadDomain(JsonMember domain, List<LockedAnswer> answers)
        {
            string? nameError = DomainName.TryParse(domain.Name, DomainName.Root, out var name, out bool relative);
            if (nameError == null && relative) nameError = "write the name absolute, with its final dot";
            if (nameError != null)
            {
                Report(domain.NameStart, domain.NameEnd, $"bad domain name \"{domain.Name}\": {nameError}");
                return;
            }
            if (domain.Value is not JsonObject byType)
            {
                Report(domain.Value, $"the answers for {domain.Name} must be an object keyed by record type (\"TXT\"), not {domain.Value.KindName}");
                return;
            }
            foreach (var member in byType.Members)
            {
                if (!RRType.TryParse(member.Name, out ushort type) || RRType.IsMeta(type))
                {
                    Report(member.NameStart, member.NameEnd, $"\"{member.Name}\" is not a record type (TXT, A, AAAA, MX, ...)");
                    continue;
                }
                if (ReadAnswer(name!, type, member.Value) is { } answer) answers.Add(answer);
            }
        }

        private LockedAnswer? ReadAnswer(DomainName name, ushort type, JsonNode node)
        {
            if (node is not JsonObject answer) return Fail<LockedAnswer>(node, $"the {RRType.ToName(type)} answer of {name} must be an object, not {node.KindName}");
            foreach (var member in answer.Members.Where(m => !AnswerKeys.Contains(m.Name)))
                Report(member.NameStart, member.NameEnd, $"unknown key \"{member.Name}\": an answer has {string.Join(", ", AnswerKeys.Select(k => "\"" + k + "\""))}");

            if (!ReadStatus(answer, out var status)) return null;
            string? error = ReadString(answer, "error", required: false);
            var owner = name;
            if (ReadString(answer, "owner", required: false) is { } ownerText)
            {
                string? ownerError = DomainName.TryParse(ownerText, DomainName.Root, out var parsed);
                if (ownerError != null) return Fail<LockedAnswer>(Member(answer, "owner")!, $"bad owner \"{ownerText}\": {ownerError}");
                owner = parsed!;
            }
            string? fetchedText = ReadString(answer, "fetched", required: true);
            if (fetchedText == null) return null;
            if (!DateTimeOffset.TryParseExact(fetchedText, LockFileWriter.DateFormat, CultureInfo.InvariantCulture,
                    DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var fetched))
                return Fail<LockedAnswer>(Member(answer, "fetched")!, $"\"{fetchedText}\" is not a UTC date and time like \"2025-01-31T08:00:00Z\" (ISO 8601)");

            var records = new List<DnsRecord>();
            switch (Member(answer, "records"))
            {
                case null:
                    return Fail<LockedAnswer>(answer, "the answer has no \"records\" (write [] for none)");
                case JsonArray items:
                    foreach (var item in items.Items)
                    {
                        if (ReadRecord(type, item) is { } rdata) records.Add(new DnsRecord(owner, type, rdata));
                    }
                    if (records.Count < items.Items.Count) return null; // part of an RRset would be a wrong answer
                    break;
                case var other:
                    return Fail<LockedAnswer>(other, $"\"records\" must be an array, not {other.KindName}");
            }
            if (status != DnsStatus.NoError && records.Count > 0)
                return Fail<LockedAnswer>(Member(answer, "records")!, $"an answer with status {LockFileWriter.FormatStatus(status)} has no records");
            return new LockedAnswer(name, type, status, fetched, records, error);
        }

        private bool ReadStatus(JsonObject answer, out DnsStatus status)
        {
            status = DnsStatus.NoError;
            string? text = ReadString(answer, "status", required: true);
            if (text == null) return false;
            switch (text)
            {
                case "NOERROR": status = DnsStatus.NoError; return true;
                case "NXDOMAIN": status = DnsStatus.NxDomain; return true;
                case "SERVFAIL": status = DnsStatus.ServerFailure; return true;
                case "TIMEOUT": status = DnsStatus.Timeout; return true;
            }
            Report(Member(answer, "status")!, $"unknown status \"{text}\": NOERROR, NXDOMAIN, SERVFAIL or TIMEOUT");
            return false;
        }

        private byte[]? ReadRecord(ushort type, JsonNode item)
        {
            if (LockRdata.IsTextType(type))
            {
                if (item is not JsonArray strings || strings.Items.Any(s => s is not JsonString))
                    return Fail<byte[]>(item, $"a {RRType.ToName(type)} record is an array of its character-strings ([\"v=spf1 -all\"])");
                string? error = LockRdata.TryBuildText(strings.Items.Cast<JsonString>().Select(s => s.Value).ToList(), out var text);
                return error == null ? text : Fail<byte[]>(item, error);
            }
            if (item is not JsonString value) return Fail<byte[]>(item, $"a {RRType.ToName(type)} record is a string, not {item.KindName}");
            string? parseError = LockRdata.TryParse(type, value.Value, out var rdata);
            return parseError == null ? rdata : Fail<byte[]>(item, parseError);
        }

        private string? ReadString(JsonObject obj, string key, bool required)
        {
            var node = Member(obj, key);
            if (node == null)
            {
                if (required) Report(obj, $"the answer has no \"{key}\"");
                return null;
            }
            if (node is JsonString s) return s.Value;
            Report(node, $"\"{key}\" must be a string, not {node.KindName}");
            return null;
        }

        private static JsonNode? Member(JsonObject obj, string key) => obj.Members.FirstOrDefault(m => m.Name == key)?.Value;

        private T? Fail<T>(JsonNode node, string message)
            where T : class
        {
            Report(node, message);
            return null;
        }

        private void Report(JsonNode node, string message) => Report(node.Start, node.End, message);

        private void Report(int start, int end, string message) => errors.Add(new LockFileError(source.Span(start, end), message));
    }
}
