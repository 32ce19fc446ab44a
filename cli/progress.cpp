#include "cli/progress.hpp"

#include <unistd.h>

#include <iostream>

namespace allegraph::cli {

Progress::Progress(std::string label, std::size_t total, std::size_t threshold)
    : label_(std::move(label)), total_(total), threshold_(threshold),
      active_(total >= threshold && on_terminal()) {}

bool Progress::on_terminal() { return ::isatty(STDERR_FILENO) != 0; }

void Progress::finish() {
    if (active_) std::cerr << "\r\033[K" << std::flush;
    active_ = false;
}

void Progress::tick() {
    ++done_;
    if (active_) draw();
}

void Progress::update(std::size_t done, std::size_t total) {
    done_ = done;
    total_ = total;
    if (!active_ && total >= threshold_ && on_terminal()) active_ = true;
    if (active_) draw();
}

void Progress::draw() {
    std::size_t percent = total_ ? std::min<std::size_t>(100, done_ * 100 / total_) : 100;
    if (percent == drawn_percent_) return;
    drawn_percent_ = percent;
    constexpr std::size_t kWidth = 30;
    std::size_t filled = percent * kWidth / 100;
    std::cerr << "\r" << label_ << " [" << std::string(filled, '#') << std::string(kWidth - filled, ' ') << "] "
              << percent << "%" << std::flush;
}

}  // namespace allegraph::cli
