#include "cli/signal_cleanup.hpp"

#include <unistd.h>

#include <array>
#include <atomic>
#include <climits>
#include <csignal>
#include <cstring>

namespace allegraph::cli {
namespace {

struct Slot {
    std::atomic<bool> used{false};
    char path[PATH_MAX] = {};
};

std::array<Slot, 4> slots;

extern "C" void remove_and_reraise(int signal_number) {
    for (auto& slot : slots)
        if (slot.used.load()) ::unlink(slot.path);  // async-signal-safe
    std::signal(signal_number, SIG_DFL);
    std::raise(signal_number);
}

void install_once() {
    static const bool installed = [] {
        struct sigaction action {};
        action.sa_handler = remove_and_reraise;
        sigemptyset(&action.sa_mask);
        for (int signal_number : {SIGINT, SIGTERM, SIGHUP}) sigaction(signal_number, &action, nullptr);
        return true;
    }();
    (void)installed;
}

}  // namespace

void remove_on_signal(const std::string& path) {
    if (path.size() >= PATH_MAX) return;
    install_once();
    for (auto& slot : slots) {
        if (slot.used.load()) continue;
        std::memcpy(slot.path, path.c_str(), path.size() + 1);
        slot.used.store(true);
        return;
    }
}

void forget_on_signal(const std::string& path) {
    for (auto& slot : slots)
        if (slot.used.load() && path == slot.path) slot.used.store(false);
}

}  // namespace allegraph::cli
