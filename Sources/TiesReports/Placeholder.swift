import TiesCore
