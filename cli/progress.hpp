// Progress: a bar on stderr for long work (imports, exports over 100k records),
// drawn only when stderr is a terminal; silent otherwise, so logs stay clean.
#pragma once

#include <cstddef>
#include <string>

namespace allegraph::cli {

class Progress {
public:
    // A bar for `total` steps labelled `label`; inactive below `threshold` steps or off a terminal.
    Progress(std::string label, std::size_t total, std::size_t threshold = 100000);
    ~Progress() { finish(); }

    // True when a bar would be drawn at all (stderr is a terminal): count the work only then.
    static bool on_terminal();

    // Clears the bar, so what follows starts on a clean line.
    void finish();

    // One step done.
    void tick();

    // `done` of `total` steps done (for work measured in bytes, where the total is known late).
    void update(std::size_t done, std::size_t total);

private:
    void draw();

    std::string label_;
    std::size_t total_, threshold_, done_ = 0, drawn_percent_ = 101;
    bool active_;
};

}  // namespace allegraph::cli
