// Tags for every output format with TagLib: ID3v2.4 in MP3 and WAV, Vorbis comments in FLAC and Ogg Vorbis,
// iTunes-style ilst items in MP4 (the cover video).
//
//   field            ID3v2 frame                 Vorbis comment          MP4 item
//   title/artist/album TIT2 / TPE1 / TALB        TITLE / ARTIST / ALBUM  \251nam / \251ART / \251alb
//   lyrics           USLT                        LYRICS                  \251lyr
//   bpm              TBPM                        BPM                     tmpo (16-bit integer)
//   key              TKEY                        INITIALKEY              ----:com.apple.iTunes:initialkey
//   language         TLAN                        LANGUAGE                ----:com.apple.iTunes:LANGUAGE
//   caption          TXXX:CAPTION                CAPTION                 ----:com.apple.iTunes:CAPTION
//   parametersJson   TXXX:SONGLOOM_PARAMETERS    SONGLOOM_PARAMETERS     ----:com.apple.iTunes:SONGLOOM_PARAMETERS
//   aiNote           COMM (eng, no description)  COMMENT                 \251cmt
//   cover            APIC (front cover)          FLAC PICTURE block /    covr (JPEG, PNG, BMP or GIF)
//                                                METADATA_BLOCK_PICTURE
// (The MP4 freeform names for key and language are the ones TagLib's own property map uses.)
#include <taglib/attachedpictureframe.h>
#include <taglib/commentsframe.h>
#include <taglib/flacfile.h>
#include <taglib/flacpicture.h>
#include <taglib/id3v2tag.h>
#include <taglib/mp4file.h>
#include <taglib/mp4tag.h>
#include <taglib/mpegfile.h>
#include <taglib/mpegheader.h>
#include <taglib/textidentificationframe.h>
#include <taglib/unsynchronizedlyricsframe.h>
#include <taglib/vorbisfile.h>
#include <taglib/wavfile.h>
#include <taglib/xiphcomment.h>
#include <sndfile.h>

#include <algorithm>
#include <cctype>
#include <charconv>
#include <fmt/format.h>
#include <fstream>

#include "songloom/audio_io.h"

namespace songloom::audio {
namespace {

using TagLib::ByteVector;
using TagLib::String;
namespace ID3v2 = TagLib::ID3v2;

constexpr const char* kCaptionKey = "CAPTION";
constexpr const char* kParamsKey = "SONGLOOM_PARAMETERS";

String str(const std::string& s) { return String(s, String::UTF8); }
std::string std8(const String& s) { return s.to8Bit(true); }

std::string quoted(const std::filesystem::path& path) { return fmt::format("'{}'", path.string()); }

// A file without tags: every field empty, the AI note included.
AudioTags noTags() {
    AudioTags t;
    t.aiNote.clear();
    return t;
}

// --- ID3v2 -----------------------------------------------------------------------------------------

void setText(ID3v2::Tag* tag, const char* id, const std::string& value) {
    tag->removeFrames(id);
    if (value.empty()) return;
    auto* frame = new ID3v2::TextIdentificationFrame(id, String::UTF8);
    frame->setText(str(value));
    tag->addFrame(frame);
}

void setUserText(ID3v2::Tag* tag, const char* description, const std::string& value) {
    while (auto* old = ID3v2::UserTextIdentificationFrame::find(tag, description)) tag->removeFrame(old);
    if (value.empty()) return;
    auto* frame = new ID3v2::UserTextIdentificationFrame(String::UTF8);
    frame->setDescription(description);
    frame->setText(str(value));
    tag->addFrame(frame);
}

void fillId3(ID3v2::Tag* tag, const AudioTags& t) {
    setText(tag, "TIT2", t.title);
    setText(tag, "TPE1", t.artist);
    setText(tag, "TALB", t.album);
    setText(tag, "TBPM", t.bpm ? std::to_string(*t.bpm) : std::string());
    setText(tag, "TKEY", t.key);
    setText(tag, "TLAN", t.language);
    setUserText(tag, kCaptionKey, t.caption);
    setUserText(tag, kParamsKey, t.parametersJson);
    tag->removeFrames("USLT");
    if (!t.lyrics.empty()) {
        auto* frame = new ID3v2::UnsynchronizedLyricsFrame(String::UTF8);
        // USLT wants an ISO 639-2 code; "XXX" is the ID3 spelling of "unknown".
        std::string lang = t.language.size() == 3 ? t.language : std::string("XXX");
        frame->setLanguage(ByteVector(lang.data(), 3));
        frame->setText(str(t.lyrics));
        tag->addFrame(frame);
    }
    tag->removeFrames("COMM");
    if (!t.aiNote.empty()) {
        auto* frame = new ID3v2::CommentsFrame(String::UTF8);
        frame->setLanguage("eng");
        frame->setText(str(t.aiNote));
        tag->addFrame(frame);
    }
    tag->removeFrames("APIC");
    if (t.cover) {
        auto* frame = new ID3v2::AttachedPictureFrame;
        frame->setTextEncoding(String::UTF8);
        frame->setType(ID3v2::AttachedPictureFrame::FrontCover);
        frame->setMimeType(str(t.cover->mimeType));
        frame->setDescription("Cover");
        frame->setPicture(ByteVector(reinterpret_cast<const char*>(t.cover->data.data()),
                                     static_cast<unsigned>(t.cover->data.size())));
        tag->addFrame(frame);
    }
}

std::string firstText(ID3v2::Tag* tag, const char* id) {
    const auto& list = tag->frameListMap()[id];
    if (list.isEmpty()) return {};
    if (auto* f = dynamic_cast<ID3v2::TextIdentificationFrame*>(list.front()))
        return f->fieldList().isEmpty() ? std::string() : std8(f->fieldList().front());
    return std8(list.front()->toString());
}

std::optional<int> parseBpm(const std::string& s) {
    if (s.empty()) return std::nullopt;
    int v = 0;
    auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
    if (ec != std::errc()) return std::nullopt;
    return v;
}

AudioTags readId3(ID3v2::Tag* tag) {
    AudioTags t = noTags();
    t.title = firstText(tag, "TIT2");
    t.artist = firstText(tag, "TPE1");
    t.album = firstText(tag, "TALB");
    t.bpm = parseBpm(firstText(tag, "TBPM"));
    t.key = firstText(tag, "TKEY");
    t.language = firstText(tag, "TLAN");
    if (auto* f = ID3v2::UserTextIdentificationFrame::find(tag, kCaptionKey); f && f->fieldList().size() > 1)
        t.caption = std8(f->fieldList()[1]);
    if (auto* f = ID3v2::UserTextIdentificationFrame::find(tag, kParamsKey); f && f->fieldList().size() > 1)
        t.parametersJson = std8(f->fieldList()[1]);
    const auto& uslt = tag->frameListMap()["USLT"];
    if (!uslt.isEmpty())
        if (auto* f = dynamic_cast<ID3v2::UnsynchronizedLyricsFrame*>(uslt.front())) t.lyrics = std8(f->text());
    const auto& comm = tag->frameListMap()["COMM"];
    if (!comm.isEmpty())
        if (auto* f = dynamic_cast<ID3v2::CommentsFrame*>(comm.front())) t.aiNote = std8(f->text());
    const auto& apic = tag->frameListMap()["APIC"];
    if (!apic.isEmpty())
        if (auto* f = dynamic_cast<ID3v2::AttachedPictureFrame*>(apic.front())) {
            const ByteVector pic = f->picture();
            t.cover = CoverArt{std8(f->mimeType()), std::vector<uint8_t>(pic.begin(), pic.end())};
        }
    return t;
}

// --- Vorbis comments -------------------------------------------------------------------------------

void setField(TagLib::Ogg::XiphComment* x, const char* key, const std::string& value) {
    x->removeFields(key);
    if (!value.empty()) x->addField(key, str(value), true);
}

TagLib::FLAC::Picture* makePicture(const CoverArt& cover) {
    auto* p = new TagLib::FLAC::Picture;
    p->setType(TagLib::FLAC::Picture::FrontCover);
    p->setMimeType(str(cover.mimeType));
    p->setDescription("Cover");
    p->setData(ByteVector(reinterpret_cast<const char*>(cover.data.data()), static_cast<unsigned>(cover.data.size())));
    return p;
}

void fillXiph(TagLib::Ogg::XiphComment* x, const AudioTags& t) {
    setField(x, "TITLE", t.title);
    setField(x, "ARTIST", t.artist);
    setField(x, "ALBUM", t.album);
    setField(x, "LYRICS", t.lyrics);
    setField(x, "BPM", t.bpm ? std::to_string(*t.bpm) : std::string());
    setField(x, "INITIALKEY", t.key);
    setField(x, "LANGUAGE", t.language);
    setField(x, kCaptionKey, t.caption);
    setField(x, kParamsKey, t.parametersJson);
    setField(x, "COMMENT", t.aiNote);
}

std::string field(TagLib::Ogg::XiphComment* x, const char* key) {
    const auto map = x->fieldListMap();
    auto it = map.find(key);
    if (it == map.end() || it->second.isEmpty()) return {};
    return std8(it->second.front());
}

AudioTags readXiph(TagLib::Ogg::XiphComment* x) {
    AudioTags t;
    t.title = field(x, "TITLE");
    t.artist = field(x, "ARTIST");
    t.album = field(x, "ALBUM");
    t.lyrics = field(x, "LYRICS");
    t.bpm = parseBpm(field(x, "BPM"));
    t.key = field(x, "INITIALKEY");
    t.language = field(x, "LANGUAGE");
    t.caption = field(x, kCaptionKey);
    t.parametersJson = field(x, kParamsKey);
    t.aiNote = field(x, "COMMENT");
    return t;
}

std::optional<CoverArt> firstPicture(const TagLib::List<TagLib::FLAC::Picture*>& list) {
    if (list.isEmpty()) return std::nullopt;
    const ByteVector data = list.front()->data();
    return CoverArt{std8(list.front()->mimeType()), std::vector<uint8_t>(data.begin(), data.end())};
}

// --- MP4 items -------------------------------------------------------------------------------------

// Item names hold the byte 0xA9 ("©"); TagLib keys are Latin-1 strings.
const String kMp4Title("\251nam"), kMp4Artist("\251ART"), kMp4Album("\251alb"), kMp4Lyrics("\251lyr"),
    kMp4Comment("\251cmt"), kMp4Bpm("tmpo"), kMp4Cover("covr");
const String kMp4Key("----:com.apple.iTunes:initialkey"), kMp4Language("----:com.apple.iTunes:LANGUAGE"),
    kMp4Caption(std::string("----:com.apple.iTunes:") + kCaptionKey),
    kMp4Params(std::string("----:com.apple.iTunes:") + kParamsKey);

void setItem(TagLib::MP4::Tag* tag, const String& key, const std::string& value) {
    tag->removeItem(key);
    if (!value.empty()) tag->setItem(key, TagLib::MP4::Item(TagLib::StringList(str(value))));
}

std::optional<TagLib::MP4::CoverArt::Format> mp4CoverFormat(const std::string& mime) {
    if (mime == "image/jpeg") return TagLib::MP4::CoverArt::JPEG;
    if (mime == "image/png") return TagLib::MP4::CoverArt::PNG;
    if (mime == "image/bmp") return TagLib::MP4::CoverArt::BMP;
    if (mime == "image/gif") return TagLib::MP4::CoverArt::GIF;
    return std::nullopt;
}

std::string mp4CoverMime(TagLib::MP4::CoverArt::Format format) {
    switch (format) {
        case TagLib::MP4::CoverArt::JPEG: return "image/jpeg";
        case TagLib::MP4::CoverArt::PNG: return "image/png";
        case TagLib::MP4::CoverArt::BMP: return "image/bmp";
        case TagLib::MP4::CoverArt::GIF: return "image/gif";
        default: return "application/octet-stream";
    }
}

}  // namespace

Status checkMp4Tags(const AudioTags& t) {
    if (t.bpm && (*t.bpm < 0 || *t.bpm > 65535))
        return Status::error(ErrorCode::InvalidArgument,
                             fmt::format("tags.bpm {} does not fit the MP4 tmpo item (0 .. 65535)", *t.bpm));
    if (t.cover && !mp4CoverFormat(t.cover->mimeType))
        return Status::error(ErrorCode::InvalidArgument,
                             fmt::format("tags.cover.mimeType '{}' cannot be stored in MP4 (image/jpeg, image/png, "
                                         "image/bmp or image/gif)",
                                         t.cover->mimeType));
    return Status::ok();
}

namespace {

// Checks first (nothing is changed on a refusal), then replaces every item AudioTags owns.
Status fillMp4(TagLib::MP4::Tag* tag, const AudioTags& t, const std::filesystem::path& path) {
    if (Status s = checkMp4Tags(t); !s)
        return Status::error(s.code(), fmt::format("tags of {}: {}", quoted(path), s.message()));
    setItem(tag, kMp4Title, t.title);
    setItem(tag, kMp4Artist, t.artist);
    setItem(tag, kMp4Album, t.album);
    setItem(tag, kMp4Lyrics, t.lyrics);
    setItem(tag, kMp4Key, t.key);
    setItem(tag, kMp4Language, t.language);
    setItem(tag, kMp4Caption, t.caption);
    setItem(tag, kMp4Params, t.parametersJson);
    setItem(tag, kMp4Comment, t.aiNote);
    tag->removeItem(kMp4Bpm);
    if (t.bpm) tag->setItem(kMp4Bpm, TagLib::MP4::Item(*t.bpm));
    tag->removeItem(kMp4Cover);
    if (t.cover) {
        TagLib::MP4::CoverArtList list;
        list.append(TagLib::MP4::CoverArt(
            *mp4CoverFormat(t.cover->mimeType), ByteVector(reinterpret_cast<const char*>(t.cover->data.data()),
                                     static_cast<unsigned>(t.cover->data.size()))));
        tag->setItem(kMp4Cover, TagLib::MP4::Item(list));
    }
    return Status::ok();
}

std::string mp4Text(const TagLib::MP4::Tag* tag, const String& key) {
    if (!tag->contains(key)) return {};
    const TagLib::StringList list = tag->item(key).toStringList();
    return list.isEmpty() ? std::string() : std8(list.front());
}

AudioTags readMp4(const TagLib::MP4::Tag* tag) {
    AudioTags t;
    t.title = mp4Text(tag, kMp4Title);
    t.artist = mp4Text(tag, kMp4Artist);
    t.album = mp4Text(tag, kMp4Album);
    t.lyrics = mp4Text(tag, kMp4Lyrics);
    t.key = mp4Text(tag, kMp4Key);
    t.language = mp4Text(tag, kMp4Language);
    t.caption = mp4Text(tag, kMp4Caption);
    t.parametersJson = mp4Text(tag, kMp4Params);
    t.aiNote = mp4Text(tag, kMp4Comment);
    if (tag->contains(kMp4Bpm)) t.bpm = tag->item(kMp4Bpm).toInt();
    if (tag->contains(kMp4Cover)) {
        const TagLib::MP4::CoverArtList covers = tag->item(kMp4Cover).toCoverArtList();
        if (!covers.isEmpty()) {
            const ByteVector data = covers.front().data();
            t.cover = CoverArt{mp4CoverMime(covers.front().format()), std::vector<uint8_t>(data.begin(), data.end())};
        }
    }
    return t;
}

// The containers tags are read from and written to: the audio formats and MP4 (the cover video).
enum class Container { Mp3, Wav, Flac, Ogg, Mp4 };

const char* containerName(Container c) {
    switch (c) {
        case Container::Mp3: return "MP3";
        case Container::Wav: return "WAV";
        case Container::Flac: return "FLAC";
        case Container::Ogg: return "OGG";
        case Container::Mp4: return "MP4";
    }
    return "?";
}

Container containerOf(OutputFormat format) {
    switch (format) {
        case OutputFormat::Mp3: return Container::Mp3;
        case OutputFormat::Wav: return Container::Wav;
        case OutputFormat::Flac: return Container::Flac;
        case OutputFormat::Ogg: return Container::Ogg;
    }
    return Container::Mp3;
}

// The container, from the file's first bytes (not its name: temporary files keep no useful extension).
std::optional<Container> sniff(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    char head[12] = {};
    in.read(head, sizeof head);
    if (in.gcount() < 4) return std::nullopt;
    const std::string_view h(head, static_cast<size_t>(in.gcount()));
    if (h.substr(0, 4) == "RIFF" || h.substr(0, 4) == "RF64") return Container::Wav;
    if (h.substr(0, 4) == "fLaC") return Container::Flac;
    if (h.substr(0, 4) == "OggS") return Container::Ogg;
    // ISO base media (MP4): the file opens with its 'ftyp' box (a 32-bit size, then the type).
    if (h.size() >= 8 && h.substr(4, 4) == "ftyp") return Container::Mp4;
    if (h.substr(0, 3) == "ID3") {
        // An ID3v2 tag ahead of FLAC is possible, ahead of MPEG is the norm: ask libsndfile.
        SF_INFO info{};
        if (SNDFILE* f = sf_open(path.c_str(), SFM_READ, &info)) {
            sf_close(f);
            if ((info.format & SF_FORMAT_TYPEMASK) == SF_FORMAT_FLAC) return Container::Flac;
        }
        return Container::Mp3;
    }
    if (static_cast<unsigned char>(h[0]) == 0xFF && (static_cast<unsigned char>(h[1]) & 0xE0) == 0xE0)
        return Container::Mp3;
    return std::nullopt;
}

}  // namespace

Status writeTags(const std::filesystem::path& path, const AudioTags& tags) {
    if (!std::filesystem::exists(path))
        return Status::error(ErrorCode::NotFound, fmt::format("file {} does not exist", quoted(path)));
    const auto container = sniff(path);
    if (!container)
        return Status::error(ErrorCode::Unsupported,
                             fmt::format("file {} is not MP3, WAV, FLAC, Ogg or MP4: its tags were not written",
                                         quoted(path)));
    const auto fail = [&](const char* what) {
        return Status::error(ErrorCode::Io, fmt::format("could not {} the {} tags of {}", what,
                                                        containerName(*container), quoted(path)));
    };
    switch (*container) {
        case Container::Mp3: {
            TagLib::MPEG::File f(path.c_str(), false);
            if (!f.isValid()) return fail("open");
            fillId3(f.ID3v2Tag(true), tags);
            if (!f.save(TagLib::MPEG::File::ID3v2, TagLib::File::StripOthers, ID3v2::v4)) return fail("save");
            return Status::ok();
        }
        case Container::Wav: {
            TagLib::RIFF::WAV::File f(path.c_str(), false);
            if (!f.isValid()) return fail("open");
            fillId3(f.ID3v2Tag(), tags);
            if (!f.save(TagLib::RIFF::WAV::File::ID3v2, TagLib::File::StripOthers, ID3v2::v4)) return fail("save");
            return Status::ok();
        }
        case Container::Flac: {
            TagLib::FLAC::File f(path.c_str(), false);
            if (!f.isValid()) return fail("open");
            fillXiph(f.xiphComment(true), tags);
            f.removePictures();
            if (tags.cover) f.addPicture(makePicture(*tags.cover));
            if (!f.save()) return fail("save");
            return Status::ok();
        }
        case Container::Ogg: {
            TagLib::Ogg::Vorbis::File f(path.c_str(), false);
            if (!f.isValid()) return fail("open");
            auto* x = f.tag();
            fillXiph(x, tags);
            x->removeAllPictures();
            if (tags.cover) x->addPicture(makePicture(*tags.cover));
            if (!f.save()) return fail("save");
            return Status::ok();
        }
        case Container::Mp4: {
            TagLib::MP4::File f(path.c_str(), false);
            if (!f.isValid() || !f.tag()) return fail("open");
            if (Status s = fillMp4(f.tag(), tags, path); !s) return s;
            if (!f.save()) return fail("save");
            return Status::ok();
        }
    }
    return Status::error(ErrorCode::Internal, "writeTags: unknown container");
}

Status writeTags(const std::filesystem::path& path, OutputFormat format, const AudioTags& tags) {
    if (!std::filesystem::exists(path))
        return Status::error(ErrorCode::NotFound, fmt::format("audio file {} does not exist", quoted(path)));
    if (sniff(path) != containerOf(format))
        return Status::error(ErrorCode::InvalidArgument,
                             fmt::format("audio file {} is not a {} file: its tags were not written", quoted(path),
                                         formatName(format)));
    return writeTags(path, tags);
}

Result<AudioTags> readTags(const std::filesystem::path& path) {
    if (!std::filesystem::exists(path))
        return Status::error(ErrorCode::NotFound, fmt::format("audio file {} does not exist", quoted(path)));
    const auto format = sniff(path);
    if (!format)
        return Status::error(ErrorCode::Unsupported,
                             fmt::format("file {} is not MP3, WAV, FLAC, Ogg or MP4: no tags read", quoted(path)));
    const auto bad = [&]() {
        return Status::error(ErrorCode::Corrupt, fmt::format("file {} could not be parsed as {}", quoted(path),
                                                             containerName(*format)));
    };
    switch (*format) {
        case Container::Mp3: {
            TagLib::MPEG::File f(path.c_str(), false);
            if (!f.isValid()) return bad();
            if (!f.hasID3v2Tag()) return noTags();
            return readId3(f.ID3v2Tag());
        }
        case Container::Wav: {
            TagLib::RIFF::WAV::File f(path.c_str(), false);
            if (!f.isValid()) return bad();
            if (!f.hasID3v2Tag()) return noTags();
            return readId3(f.ID3v2Tag());
        }
        case Container::Flac: {
            TagLib::FLAC::File f(path.c_str(), false);
            if (!f.isValid()) return bad();
            AudioTags t = f.hasXiphComment() ? readXiph(f.xiphComment()) : noTags();
            t.cover = firstPicture(f.pictureList());
            return t;
        }
        case Container::Ogg: {
            TagLib::Ogg::Vorbis::File f(path.c_str(), false);
            if (!f.isValid()) return bad();
            AudioTags t = readXiph(f.tag());
            t.cover = firstPicture(f.tag()->pictureList());
            return t;
        }
        case Container::Mp4: {
            TagLib::MP4::File f(path.c_str(), false);
            if (!f.isValid()) return bad();
            if (!f.hasMP4Tag() || !f.tag()) return noTags();
            return readMp4(f.tag());
        }
    }
    return bad();
}

Result<FileProperties> probeFile(const std::filesystem::path& path) {
    if (!std::filesystem::exists(path))
        return Status::error(ErrorCode::NotFound, fmt::format("audio file {} does not exist", quoted(path)));
    FileProperties p;
    SF_INFO info{};
    SNDFILE* f = sf_open(path.c_str(), SFM_READ, &info);
    if (!f)
        return Status::error(ErrorCode::Corrupt,
                             fmt::format("audio file {} is not a readable audio file: {}", quoted(path),
                                         sf_strerror(nullptr)));
    p.sampleRate = info.samplerate;
    p.channels = info.channels;
    std::vector<float> buf(static_cast<size_t>(std::max(info.channels, 1)) * 8192);
    for (sf_count_t got; (got = sf_readf_float(f, buf.data(), 8192)) > 0;) p.frames += got;
    sf_close(f);
    p.seconds = info.samplerate > 0 ? static_cast<double>(p.frames) / info.samplerate : 0.0;
    const auto format = sniff(path);
    if (format == Container::Mp3) {
        // The audio frames' header bitrate (TagLib's own figure is derived from the stream length and
        // duration). A LAME/Xing/Info tag frame comes first and may carry a header bitrate of its own:
        // it is skipped, and every audio frame after it is read.
        TagLib::MPEG::File m(path.c_str(), true);
        p.gapless = m.audioProperties() && m.audioProperties()->xingHeader() != nullptr;
        auto offset = m.isValid() ? m.firstFrameOffset() : -1;
        const auto last = m.isValid() ? m.lastFrameOffset() : -1;
        bool tagFrame = p.gapless;
        while (offset >= 0 && offset <= last) {
            const TagLib::MPEG::Header h(&m, offset, false);
            if (!h.isValid() || h.frameLength() <= 0) break;
            if (!tagFrame) {
                if (p.bitrateKbps == 0) p.bitrateKbps = h.bitrate();
                else if (h.bitrate() != p.bitrateKbps) p.constantBitrate = false;
            }
            tagFrame = false;
            offset += h.frameLength();
        }
    } else if (format == Container::Ogg) {
        TagLib::Ogg::Vorbis::File o(path.c_str(), true);
        if (o.audioProperties()) p.bitrateKbps = o.audioProperties()->bitrateNominal() / 1000;
    }
    return p;
}

}  // namespace songloom::audio
