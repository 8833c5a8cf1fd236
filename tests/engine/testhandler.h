#pragma once

#include "core/engine/stephandler.h"

#include <functional>

// A step whose behaviour the test supplies; runs on the lane's thread like a real connector step.
class FunctionStep final : public Quayside::StepHandler
{
public:
    using Body = std::function<void(const Quayside::JobRecord &, Quayside::StepCallback)>;
    explicit FunctionStep(Body body)
        : m_body(std::move(body))
    { }
    void run(const Quayside::JobRecord &job, Quayside::StepCallback done) override { m_body(job, std::move(done)); }

private:
    Body m_body;
};

inline Quayside::StepRegistry::Factory functionStep(FunctionStep::Body body)
{
    return [body](const Quayside::StepEnvironment &) { return std::make_unique<FunctionStep>(body); };
}
